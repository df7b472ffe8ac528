package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every real saved page in ../shared/data/profile-pages parses to the ground truth in its MANIFEST.md. Skipped with
 * a message when the folder is absent.
 */
class SharedProfilePagesTest {

    private final ProfilePageReaders reader = new ProfilePageReaders();

    @BeforeAll
    static void needsSharedData() {
        SavedPages.assumeShared();
    }

    private Profile read(Platform platform, String url, String file) {
        ParseResult result = reader.read(platform, url, SavedPages.shared(file));
        assertThat(result.outcome()).as(file + ": " + result.detail()).isEqualTo(FetchOutcome.OK);
        return result.profile();
    }

    @Test
    void instagramModernPageReadsCountsFromMetaOnly() {
        Profile p = read(Platform.INSTAGRAM, "https://www.instagram.com/pluto__travel/",
                "instagram/metascraper-instagram-profile-pluto__travel.html");
        assertThat(p.handle()).isEqualTo("pluto__travel");
        assertThat(p.displayName()).isEqualTo("Pluto");
        assertThat(p.followers()).isEqualTo(2362L);
        assertThat(p.following()).isEqualTo(136L);
        assertThat(p.posts()).isEqualTo(224L);
        assertThat(p.bio()).startsWith("Home of travel \u2014 Plan a trip");
        assertThat(p.verified()).isNull();
        assertThat(p.externalUrl()).isNull();
        assertThat(p.engagementRate()).isNull();
    }

    @Test
    void instagramLegacySharedDataGivesExactCountsAndRecentPosts() {
        Profile p = read(Platform.INSTAGRAM, "https://www.instagram.com/aaronpk/",
                "instagram/xray-instagram-aaronpk-2019.http.txt");
        assertThat(p.handle()).isEqualTo("aaronpk");
        assertThat(p.displayName()).isEqualTo("Aaron Parecki");
        assertThat(p.bio()).isEqualTo("🔒 oauth.net 🎥 backpedal.tv 🎙 streampdx.com 📡 w7apk.com");
        assertThat(p.externalUrl()).isEqualTo("https://aaronparecki.com/");
        assertThat(p.verified()).isFalse();
        assertThat(p.privateAccount()).isFalse();
        assertThat(p.followers()).isEqualTo(484L);
        assertThat(p.following()).isEqualTo(262L);
        assertThat(p.posts()).isEqualTo(1537L);
        assertThat(p.recentPosts()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(p.recentPosts().subList(0, 3)).extracting(Post::id, Post::likes, Post::comments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BsbS2MShffq", 12L, 3L),
                        org.assertj.core.groups.Tuple.tuple("BsWHk6ihh-Z", 15L, 3L),
                        org.assertj.core.groups.Tuple.tuple("BsE_q1mh69d", 28L, 2L));
        assertThat(p.recentPosts().get(0).publishedAt()).isEqualTo(Instant.ofEpochSecond(1547064106));
        assertThat(p.engagementRate()).isPositive();
    }

    @Test
    void instagramLegacyIndiewebcat() {
        Profile p = read(Platform.INSTAGRAM, "https://www.instagram.com/indiewebcat/",
                "instagram/xray-instagram-indiewebcat-2019.http.txt");
        assertThat(p.handle()).isEqualTo("indiewebcat");
        assertThat(p.displayName()).isEqualTo("Dora");
        assertThat(p.bio()).isEqualTo("Meow");
        assertThat(p.externalUrl()).isEqualTo("https://indiewebcat.com/");
        assertThat(p.verified()).isFalse();
        assertThat(p.followers()).isEqualTo(88L);
        assertThat(p.following()).isEqualTo(58L);
        assertThat(p.posts()).isEqualTo(329L);
        assertThat(p.recentPosts().subList(0, 3)).extracting(Post::id, Post::likes, Post::comments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BsZu1awAoLB", 6L, 0L),
                        org.assertj.core.groups.Tuple.tuple("BsXSf3kA-8H", 9L, 1L),
                        org.assertj.core.groups.Tuple.tuple("BsXAq1Pgd74", 12L, 3L));
    }

    @Test
    void tiktokPrefersExactStatsV2OverRoundedStats() {
        Profile p = read(Platform.TIKTOK, "https://www.tiktok.com/@illojuan",
                "tiktok/metascraper-tiktok-profile-illojuan.html");
        assertThat(p.handle()).isEqualTo("illojuan");
        assertThat(p.displayName()).isEqualTo("IlloJuan");
        assertThat(p.bio()).isEqualTo("Timing, saludos desde Almería");
        assertThat(p.followers()).isEqualTo(783427L);
        assertThat(p.following()).isEqualTo(0L);
        assertThat(p.posts()).isEqualTo(19L);
        assertThat(p.totalLikes()).isEqualTo(3922256L);
        assertThat(p.verified()).isTrue();
        assertThat(p.privateAccount()).isFalse();
        assertThat(p.externalUrl()).isEqualTo("twitch.tv/illojuan");
    }

    @Test
    void tiktokWithoutRehydrationBlobFallsBackToJsonLdExactCounts() {
        String html = SavedPages.shared("tiktok/metascraper-tiktok-profile-illojuan.html")
                .replace("__UNIVERSAL_DATA_FOR_REHYDRATION__", "removed");
        Profile p = reader.read(Platform.TIKTOK, "https://www.tiktok.com/@illojuan", html).profile();
        assertThat(p.followers()).isEqualTo(783427L);
        assertThat(p.totalLikes()).isEqualTo(3922256L);
        assertThat(p.handle()).isEqualTo("illojuan");
    }

    @Test
    void youtubeSpanishChannelReadsLocalisedCountsBadgeAndVideoViews() {
        Profile p = read(Platform.YOUTUBE, "https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA",
                "youtube/metascraper-youtube-channel-onemedia-es.html");
        assertThat(p.handle()).isEqualTo("OneMedia.");
        assertThat(p.displayName()).isEqualTo("ONE Media");
        assertThat(p.followers()).isEqualTo(4_690_000L);
        assertThat(p.posts()).isEqualTo(6_800L);
        assertThat(p.verified()).isTrue();
        assertThat(p.following()).isNull();
        assertThat(p.recentPosts()).extracting(Post::id).startsWith("c31G0fKqHs8", "48s9qVwHiNo");
        assertThat(p.recentPosts()).filteredOn(v -> v.id().equals("T-_lnsQTUSI")).singleElement()
                .extracting(Post::views).isEqualTo(267_370L);
        assertThat(p.recentPosts().get(0).views()).isEqualTo(127_696L);
        assertThat(p.recentPosts().get(1).views()).isEqualTo(52_112L);
        assertThat(p.recentPosts()).allSatisfy(v -> assertThat(v.likes()).isNull());
        assertThat(p.engagementRate()).as("views alone are no engagement").isNull();
    }

    @Test
    void xKikobeatsIsNotVerifiedDespiteARepostedAuthorsBadge() {
        Profile p = read(Platform.X, "https://x.com/Kikobeats", "x/metascraper-x-profile-kikobeats.html");
        assertThat(p.handle()).isEqualTo("Kikobeats");
        assertThat(p.displayName()).isEqualTo("Kiko Beats");
        assertThat(p.followers()).isEqualTo(3893L);
        assertThat(p.following()).isEqualTo(406L);
        assertThat(p.posts()).isEqualTo(23961L);
        assertThat(p.verified()).isFalse();
        assertThat(p.externalUrl()).isEqualTo("http://kikobeats.com");
        Post pinned = p.recentPosts().get(0);
        assertThat(pinned.id()).isEqualTo("1759241476758733209");
        assertThat(pinned.comments()).isEqualTo(10L);
        assertThat(pinned.likes()).isEqualTo(27L);
        assertThat(pinned.views()).isEqualTo(11424L);
        assertThat(pinned.publishedAt()).isEqualTo(Instant.parse("2024-02-18T15:40:27Z"));
    }

    @Test
    void xJavilopIsVerified() {
        Profile p = read(Platform.X, "https://x.com/javilop", "x/metascraper-x-profile-javilop.html");
        assertThat(p.handle()).isEqualTo("javilop");
        assertThat(p.displayName()).isEqualTo("Javi López ⛩️");
        assertThat(p.followers()).isEqualTo(86423L);
        assertThat(p.following()).isEqualTo(1351L);
        assertThat(p.posts()).isEqualTo(74263L);
        assertThat(p.verified()).isTrue();
        Post pinned = p.recentPosts().get(0);
        assertThat(pinned.comments()).isEqualTo(68L);
        assertThat(pinned.likes()).isEqualTo(684L);
        assertThat(pinned.views()).isEqualTo(125077L);
    }

    @Test
    void xBotServedPagesDegradeToHandleNameAndBioWithoutCounts() {
        Profile kiko = read(Platform.X, "https://x.com/Kikobeats", "x/metascraper-x-profile-og-kikobeats.html");
        assertThat(kiko.handle()).isEqualTo("Kikobeats");
        assertThat(kiko.displayName()).isEqualTo("#!/kiko/beats");
        assertThat(kiko.bio()).startsWith("engineering ▲ @vercel; founder of");
        assertThat(kiko.followers()).isNull();
        assertThat(kiko.following()).isNull();
        assertThat(kiko.posts()).isNull();
        assertThat(kiko.verified()).isNull();
        Profile javi = read(Platform.X, "https://twitter.com/javilop", "x/metascraper-x-profile-og-javilop.html");
        assertThat(javi.handle()).isEqualTo("javilop");
        assertThat(javi.displayName()).isEqualTo("Javi López ⛩️");
        assertThat(javi.followers()).isNull();
    }

    @Test
    void blueskyReadsFollowersFollowingAndPostsFromBothStatisticLists() {
        Profile p = read(Platform.BLUESKY, "https://bsky.app/profile/stephenking.bsky.social",
                "bluesky/metascraper-bluesky-profile-stephenking.html");
        assertThat(p.handle()).isEqualTo("stephenking.bsky.social");
        assertThat(p.displayName()).isEqualTo("Stephen King");
        assertThat(p.followers()).isEqualTo(1101177L);
        assertThat(p.following()).isEqualTo(3L);
        assertThat(p.posts()).isEqualTo(329L);
        assertThat(p.verified()).isTrue();
        assertThat(p.bio()).isEqualTo("Writer");
    }

    @Test
    void telegramChannelReadsSpaceGroupedMembers() {
        Profile p = read(Platform.WEB, "https://t.me/unlimitedhangout",
                "telegram/metascraper-telegram-channel-unlimitedhangout.html");
        assertThat(p.handle()).isEqualTo("unlimitedhangout");
        assertThat(p.displayName()).isEqualTo("Unlimited Hangout");
        assertThat(p.followers()).isEqualTo(2805L);
        assertThat(p.verified()).isNull();
    }

    @Test
    void dribbbleReadsVisibleCountsAndHandleFromUrl() {
        Profile p = read(Platform.WEB, "https://dribbble.com/phenomenonstudio",
                "dribbble/metascraper-dribbble-profile-phenomenonstudio.html");
        assertThat(p.handle()).isEqualTo("phenomenonstudio");
        assertThat(p.displayName()).isEqualTo("Phenomenon Studio");
        assertThat(p.followers()).isEqualTo(10472L);
        assertThat(p.following()).isEqualTo(488L);
        assertThat(p.verified()).as("a Pro badge is not verification").isNull();
    }

    @Test
    void spotifyArtistHasANameButNoFollowerCount() {
        Profile p = read(Platform.WEB, "https://open.spotify.com/artist/1gR0gsQYfi6joyO1dlp76N",
                "spotify/metascraper-spotify-artist-justice.html");
        assertThat(p.displayName()).isEqualTo("Justice");
        assertThat(p.followers()).as("monthly listeners are not followers").isNull();
        assertThat(p.following()).isNull();
    }

    @Test
    void mastodonActivityPubActorGivesNamesAndBioButNoCounts() {
        Profile p = read(Platform.MASTODON, "https://mastodon.social/@Gargron",
                "mastodon/xray-activitypub-actor-gargron-2018.http.txt");
        assertThat(p.handle()).isEqualTo("Gargron");
        assertThat(p.displayName()).isEqualTo("Eugen");
        assertThat(p.bio()).isEqualTo("Developer of Mastodon. 25");
        assertThat(p.followers()).isNull();
        assertThat(p.following()).isNull();
        assertThat(p.posts()).isNull();
    }
}
