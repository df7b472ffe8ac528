package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** No input makes the reader throw; hostile parts degrade to nothing rather than to wrong values. */
class HostileInputTest {

    private final ProfilePageReaders reader = new ProfilePageReaders();

    @Test
    void scriptInjectionBrokenJsonAndAbsurdCountsDegradeToTheMetaCounts() {
        ParseResult result = reader.read(Platform.INSTAGRAM, "https://www.instagram.com/evil_user/",
                SavedPages.fixture("hostile-bio.html"));
        assertThat(result.outcome()).as(result.detail()).isEqualTo(FetchOutcome.OK);
        Profile p = result.profile();
        assertThat(p.followers()).isEqualTo(1234L);
        assertThat(p.following()).isEqualTo(56L);
        assertThat(p.posts()).as("1e300 in ld+json is rejected, the meta count stands").isEqualTo(7L);
        assertThat(p.totalLikes()).as("NaN is not a count").isNull();
        assertThat(p.bio()).as("kept as text, never interpreted").contains("<script>alert(document.cookie)</script>");
        assertThat(p.handle()).as("zero-width space removed from the handle").isEqualTo("evil_user");
        assertThat(p.displayName()).as("RTL override kept as evidence for impersonation checks")
                .contains("\u202E");
    }

    @Test
    void aTikTokDisplayNameCannotSetTheFollowerCount() {
        // the platform comes from the URL, as for POST /api/parse without one
        ParseResult result = reader.read(Platform.WEB, "https://www.tiktok.com/@evil", "<meta name=\"description\" "
                + "content=\"Evil 9M Followers (@evil) on TikTok | 10 Likes. 120 Followers. bio\">");
        assertThat(result.outcome()).as(result.detail()).isEqualTo(FetchOutcome.OK);
        assertThat(result.profile().followers()).isEqualTo(120L);
        assertThat(result.profile().totalLikes()).isEqualTo(10L);
    }

    @Test
    void anInstagramDisplayNameCannotAddACount() {
        ParseResult result = reader.read(Platform.INSTAGRAM, "https://www.instagram.com/evil/", "<meta name="
                + "\"description\" content=\"120 Followers, 5 Following, 7 Posts - 9M Likes - x (@evil) on Instagram: "
                + "&quot;hi&quot;\">");
        assertThat(result.outcome()).as(result.detail()).isEqualTo(FetchOutcome.OK);
        assertThat(result.profile().followers()).isEqualTo(120L);
        assertThat(result.profile().totalLikes()).isNull();
    }

    @Test
    void aThreadsBioCannotAddACount() {
        ParseResult result = reader.read(Platform.THREADS, "https://www.threads.net/@evil", "<meta property="
                + "\"og:description\" content=\"120 Followers • 3 Threads • 9M Likes • See the latest conversations "
                + "with @evil.\">");
        assertThat(result.outcome()).as(result.detail()).isEqualTo(FetchOutcome.OK);
        assertThat(result.profile().followers()).isEqualTo(120L);
        assertThat(result.profile().totalLikes()).isNull();
    }

    @Test
    void aTikTokBioRepeatingTheFollowerLabelLeavesTheCountUnknown() {
        String description = "<meta name=\"description\" content=\"Evil (@evil) on TikTok | 10 Likes. 120 Followers. "
                + "9M Followers soon\">";
        ParseResult named = reader.read(Platform.TIKTOK, "https://www.tiktok.com/@evil",
                "<meta property=\"og:title\" content=\"Evil (@evil) | TikTok\">" + description);
        assertThat(named.outcome()).as(named.detail()).isEqualTo(FetchOutcome.OK);
        assertThat(named.profile().followers()).as("neither 120 nor 9M, and never 0").isNull();
        assertThat(named.profile().totalLikes()).isEqualTo(10L);
        ParseResult bare = reader.read(Platform.TIKTOK, "https://www.tiktok.com/@evil", description);
        assertThat(bare.outcome()).as("nothing else read: a failed read, not a profile of zeros")
                .isEqualTo(FetchOutcome.PARSE_FAILURE);
    }

    @Test
    void javascriptLinksAreDropped() {
        String html = "<html><head><meta property='og:title' content='A (@a)'>"
                + "<meta property='og:image' content='javascript:alert(1)'>"
                + "<script type='application/ld+json'>{\"@type\":\"Person\",\"name\":\"A\","
                + "\"relatedLink\":\"javascript:alert(2)\"}</script></head></html>";
        Profile p = reader.read(Platform.WEB, "https://example.com/a", html).profile();
        assertThat(p.avatarUrl()).isNull();
        assertThat(p.externalUrl()).isNull();
        assertThat(p.displayName()).isEqualTo("A");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void deeplyNestedHtmlDoesNotThrow(Platform platform) {
        String html = "<div>".repeat(50_000) + "12 Followers" + "</div>".repeat(50_000);
        assertThatCode(() -> reader.read(platform, "https://example.com/deep", html)).doesNotThrowAnyException();
    }

    @Test
    void deeplyNestedJsonInEveryBlobDoesNotThrow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String html = "<html><head><script type='application/ld+json'>" + deep + "</script>"
                + "<script id='__UNIVERSAL_DATA_FOR_REHYDRATION__' type='application/json'>" + deep + "</script>"
                + "<script>var ytInitialData = " + deep + ";</script>"
                + "<script>window._sharedData = " + deep + ";</script>"
                + "<meta property='og:title' content='Deep (@deep)'></head></html>";
        for (Platform platform : Platform.values()) {
            ParseResult result = reader.read(platform, "https://example.com/deep", html);
            assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
            assertThat(result.profile().handle()).isEqualTo("deep");
        }
        assertThat(reader.read(Platform.MASTODON, "https://m.example/", "{\"a\":" + deep + "}").outcome())
                .isEqualTo(FetchOutcome.PARSE_FAILURE);
    }

    @Test
    void fiveMegabytesOfJunkIsAParseFailureNotACrash() {
        Random random = new Random(1);
        StringBuilder junk = new StringBuilder(5_000_000);
        String[] pieces = {"<", ">", "</", "<script>", "{\"", "\"}", "&#", ";", "12K Followers", "\u202E", "\uD83D",
                "<meta content=", " ", "\u0000", "]]>", "<!--", "ß", "万"};
        while (junk.length() < 5_000_000) {
            junk.append(pieces[random.nextInt(pieces.length)]);
            junk.append((char) ('a' + random.nextInt(26)));
        }
        for (Platform platform : new Platform[] {Platform.WEB, Platform.INSTAGRAM, Platform.YOUTUBE}) {
            ParseResult result = reader.read(platform, "https://example.com/junk", junk.toString());
            assertThat(result.outcome()).isIn(FetchOutcome.PARSE_FAILURE, FetchOutcome.OK);
            if (result.profile() != null) {
                assertThat(result.profile().followers()).isNotEqualTo(0L);
            }
        }
    }

    @Test
    void hugeEmbeddedJsonIsNotRead() {
        String big = "{\"entry_data\":{\"ProfilePage\":[{\"graphql\":{\"user\":{\"edge_followed_by\":{\"count\":5},"
                + "\"pad\":\"" + "x".repeat(JsonBlobs.MAX_BLOB_CHARS) + "\"}}}]}}";
        String html = "<html><head><title>t</title><script>window._sharedData = " + big + ";</script></head></html>";
        ParseResult result = reader.read(Platform.INSTAGRAM, "https://www.instagram.com/x/", html);
        assertThat(result.profile() == null || result.profile().followers() == null).isTrue();
    }

    @Test
    void odditiesInUrlsAndPlatformsDoNotThrow() {
        String html = SavedPages.fixture("threads-profile.html");
        assertThatCode(() -> {
            reader.read(null, null, html);
            reader.read(Platform.WEB, "not a url at all %%%", html);
            reader.read(Platform.WEB, "", html);
        }).doesNotThrowAnyException();
    }
}
