package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.parse.CountLabels.Field;
import dev.creatorwatch.parse.CountLabels.Item;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountLabelsTest {

    @Test
    void englishInstagramSummary() {
        assertThat(CountLabels.find("2,362 Followers, 136 Following, 224 Posts - See Instagram photos"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.FOLLOWERS, 2362L, Field.FOLLOWING, 136L,
                        Field.POSTS, 224L));
    }

    @Test
    void germanSpanishRussianJapaneseKorean() {
        assertThat(CountLabels.find("1,2 Mio. Follower, 300 gefolgt, 1.234 Beiträge – Sieh dir Instagram-Fotos an"))
                .containsEntry(Field.FOLLOWERS, 1_200_000L).containsEntry(Field.FOLLOWING, 300L)
                .containsEntry(Field.POSTS, 1234L);
        assertThat(CountLabels.find("1,5 mil seguidores, 300 seguidos, 50 publicaciones - Ver fotos"))
                .containsEntry(Field.FOLLOWERS, 1500L).containsEntry(Field.FOLLOWING, 300L)
                .containsEntry(Field.POSTS, 50L);
        assertThat(CountLabels.find("Подписчики: 12,3 тыс., подписки: 300, публикации: 50 — смотрите фото"))
                .containsEntry(Field.FOLLOWERS, 12_300L).containsEntry(Field.FOLLOWING, 300L)
                .containsEntry(Field.POSTS, 50L);
        assertThat(CountLabels.find("フォロワー1.2万人、フォロー中300人、投稿50件 - さんのInstagram写真と動画をチェックしよう"))
                .containsEntry(Field.FOLLOWERS, 12_000L).containsEntry(Field.FOLLOWING, 300L)
                .containsEntry(Field.POSTS, 50L);
        assertThat(CountLabels.find("팔로워 3.5만명, 팔로잉 100명, 게시물 50개 - Instagram 사진 및 동영상 보기"))
                .containsEntry(Field.FOLLOWERS, 35_000L).containsEntry(Field.FOLLOWING, 100L)
                .containsEntry(Field.POSTS, 50L);
    }

    @Test
    void arabicSeparatorsAreReadAsSeparators() {
        assertThat(CountLabels.find("١٢٬٣٤٥ Followers، ١٫٢K Posts"))
                .containsEntry(Field.FOLLOWERS, 12_345L).containsEntry(Field.POSTS, 1_200L);
    }

    @Test
    void firstValueWinsSoABioCannotOverrideHeaderCounts() {
        assertThat(CountLabels.find("10 Followers, 2 Posts - bio: I write 500 posts a year"))
                .containsEntry(Field.POSTS, 2L);
    }

    @Test
    void leadingCountsStopAtTheFirstOtherWordOrADash() {
        assertThat(CountLabels.leading("10 Likes. 120 Followers. bio 9M Followers")).containsExactly(
                new CountLabels.Item(Field.LIKES, 10L), new CountLabels.Item(Field.FOLLOWERS, 120L));
        assertThat(CountLabels.leading("1 Posts - 9M Likes (@evil)")).containsExactly(
                new CountLabels.Item(Field.POSTS, 1L));
        assertThat(CountLabels.leading("Followers: 12, Following: 3 | Hi")).containsExactly(
                new CountLabels.Item(Field.FOLLOWERS, 12L), new CountLabels.Item(Field.FOLLOWING, 3L));
        assertThat(CountLabels.leading("3 postscripts, 4 Posts")).isEmpty();
        assertThat(CountLabels.leading("Evil 9M Followers")).isEmpty();
        assertThat(CountLabels.leading("1,2 Mio. Follower, 3 gefolgt İİ")).containsExactly(
                new CountLabels.Item(Field.FOLLOWERS, 1_200_000L), new CountLabels.Item(Field.FOLLOWING, 3L));
    }

    @Test
    void agreedCountsDropAFieldGivenWithTwoNumbersAndKeepOneGivenTwiceAlike() {
        List<Item> items = CountLabels.items("120 Followers, 5 Following, 9M Followers, 3 Posts, 3 Posts, 7 Likes");
        assertThat(CountLabels.agreed(items, EnumSet.of(Field.FOLLOWERS, Field.FOLLOWING, Field.POSTS)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.FOLLOWING, 5L, Field.POSTS, 3L));
    }

    @Test
    void wordsThatMerelyStartLikeLabelsAreNotLabels() {
        assertThat(CountLabels.find("3 postscripts and 12 followings-up")).isEmpty();
        assertThat(CountLabels.find("founded in 2014, 3 offices")).isEmpty();
    }

    @Test
    void recognisesSummariesThatAreOnlyCounts() {
        assertThat(CountLabels.onlyCounts("12.3K Followers · 10 Following")).isTrue();
        assertThat(CountLabels.onlyCounts("Writer and 3 Posts")).isFalse();
    }
}
