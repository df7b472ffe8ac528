package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.parse.CountLabels.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Counts come from the part of a description the platform writes, never from the name or bio around it. */
class DescriptionCountsTest {

    @Test
    void tiktokCountsFollowTheBarAfterTheHandle() {
        assertThat(DescriptionCounts.read(Platform.TIKTOK, "IlloJuan (@illojuan) on TikTok | 3.9M Likes. 783.4K "
                + "Followers. Timing, saludos desde Almería.Watch IlloJuan's popular videos: \"La nueva locurilla "
                + "d...\". Join 783.4K followers on TikTok for more ibai content"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.LIKES, 3_900_000L, Field.FOLLOWERS, 783_400L));
    }

    @Test
    void tiktokDisplayNameBeforeTheCountsSetsNothing() {
        assertThat(DescriptionCounts.read(Platform.TIKTOK,
                "Evil 9M Followers (@evil) on TikTok | 10 Likes. 120 Followers. bio"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.LIKES, 10L, Field.FOLLOWERS, 120L));
    }

    @Test
    void tiktokBioAfterTheCountsSetsNothingTikTokDoesNotWriteThere() {
        assertThat(DescriptionCounts.read(Platform.TIKTOK,
                "Evil (@evil) on TikTok | 10 Likes. 120 Followers. 5M Posts. 2M Following"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.LIKES, 10L, Field.FOLLOWERS, 120L));
    }

    @Test
    void aNameCopyingTheBarLeavesTheFollowerCountUnknown() {
        // which "| ... Followers" is TikTok's cannot be told, so neither is taken; the likes agree
        assertThat(DescriptionCounts.read(Platform.TIKTOK,
                "(@x) on TikTok | 9M Followers. (@evil) on TikTok | 10 Likes. 120 Followers. bio"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.LIKES, 10L));
    }

    @Test
    void aBioRunningOnFromTheCountsWithTheSameLabelLeavesItUnknown() {
        assertThat(DescriptionCounts.read(Platform.TIKTOK,
                "Evil (@evil) on TikTok | 10 Likes. 120 Followers. 9M Followers soon"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.LIKES, 10L));
        assertThat(DescriptionCounts.read(Platform.WEB, "120 Followers, 9M Followers"))
                .doesNotContainKey(Field.FOLLOWERS);
        assertThat(DescriptionCounts.read(Platform.WEB, "120 Followers, 120 Followers")).containsEntry(
                Field.FOLLOWERS, 120L);
    }

    @Test
    void instagramCountsOpenTheTextAndTheNameAfterTheDashSetsNothing() {
        assertThat(DescriptionCounts.read(Platform.INSTAGRAM, "12.3K Followers, 512 Following, 1,024 Posts - See "
                + "Instagram photos and videos from Name 9M Followers (@handle)"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.FOLLOWERS, 12_300L, Field.FOLLOWING, 512L,
                        Field.POSTS, 1_024L));
        assertThat(DescriptionCounts.read(Platform.INSTAGRAM, "12.3K Followers, 512 Following, 1,024 Posts - 9M "
                + "Likes - x (@handle) on Instagram: \"50M Likes\""))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.FOLLOWERS, 12_300L, Field.FOLLOWING, 512L,
                        Field.POSTS, 1_024L));
    }

    @Test
    void instagramLocalesKeepTheirCounts() {
        assertThat(DescriptionCounts.read(Platform.INSTAGRAM,
                "フォロワー1.2万人、フォロー中312人、投稿1,024件 - 田中 ゆか(@yukatanaka)さんのInstagram写真と動画をチェックしよう"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.FOLLOWERS, 12_000L, Field.FOLLOWING, 312L,
                        Field.POSTS, 1_024L));
        assertThat(DescriptionCounts.read(Platform.INSTAGRAM,
                "12,3 тыс. подписчиков, 845 подписок, 1\u00A0203 публикаций — посмотрите в Instagram фото и видео"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.FOLLOWERS, 12_300L, Field.FOLLOWING, 845L,
                        Field.POSTS, 1_203L));
    }

    @Test
    void mastodonAndThreadsCountsOpenTheTextTheBioFollows() {
        assertThat(DescriptionCounts.read(Platform.MASTODON,
                "79.3K Posts, 718 Following, 366K Followers · 5M Likes, founder"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.POSTS, 79_300L, Field.FOLLOWING, 718L,
                        Field.FOLLOWERS, 366_000L));
        assertThat(DescriptionCounts.read(Platform.THREADS,
                "4.9M Followers • 530 Threads • 9M Likes • Mostly MMA takes. See the latest conversations with @zuck."))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.FOLLOWERS, 4_900_000L, Field.POSTS, 530L));
    }

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = {"X", "YOUTUBE", "BLUESKY", "TWITCH"})
    void descriptionsThatAreTheOwnersBioGiveNoCounts(Platform platform) {
        assertThat(DescriptionCounts.read(platform, "9M Followers, 2 Following. Fan page")).isEmpty();
    }

    @Test
    void anotherSiteGivesOnlyTheCountsOpeningItsDescription() {
        assertThat(DescriptionCounts.read(Platform.WEB, "2,362 Followers, 136 Following - Pluto"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.FOLLOWERS, 2_362L, Field.FOLLOWING, 136L));
        assertThat(DescriptionCounts.read(Platform.WEB, "Photographer. 12k followers on my other account"))
                .isEmpty();
    }
}
