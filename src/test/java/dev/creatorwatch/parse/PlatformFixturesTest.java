package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-written pages for the platforms and locales the real saved pages lack. */
class PlatformFixturesTest {

    private final ProfilePageReaders reader = new ProfilePageReaders();

    private Profile ok(Platform platform, String url, String fixture) {
        ParseResult result = reader.read(platform, url, SavedPages.fixture(fixture));
        assertThat(result.outcome()).as(result.detail()).isEqualTo(FetchOutcome.OK);
        return result.profile();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "instagram-de.html, lena.mueller, Lena Müller, 1200000, 1034, 2345",
            "instagram-ja.html, yukatanaka, 田中 ゆか, 12000, 312, 1024",
            "instagram-ko.html, minji.kim, 김민지, 35000, 210, 487",
            "instagram-ru.html, anna.petrova, Анна Петрова, 12300, 845, 1203",
            "instagram-es.html, luciagomez, Lucía Gómez, 1500, 300, 50",
    })
    void localisedInstagramSummaries(String fixture, String handle, String name, long followers, long following,
            long posts) {
        Profile p = ok(Platform.INSTAGRAM, "https://www.instagram.com/" + handle + "/", fixture);
        assertThat(p.handle()).isEqualTo(handle);
        assertThat(p.displayName()).isEqualTo(name);
        assertThat(p.followers()).isEqualTo(followers);
        assertThat(p.following()).isEqualTo(following);
        assertThat(p.posts()).isEqualTo(posts);
        assertThat(p.bio()).as("a count summary is not a bio").isNull();
    }

    @Test
    void twitchChannel() {
        Profile p = ok(Platform.TWITCH, "https://www.twitch.tv/ninja", "twitch-channel.html");
        assertThat(p.handle()).isEqualTo("ninja");
        assertThat(p.displayName()).isEqualTo("Ninja");
        assertThat(p.followers()).isEqualTo(19_200_000L);
        assertThat(p.verified()).isTrue();
        assertThat(p.bio()).startsWith("Professional gamer");
    }

    @Test
    void threadsProfile() {
        Profile p = ok(Platform.THREADS, "https://www.threads.net/@zuck", "threads-profile.html");
        assertThat(p.handle()).isEqualTo("zuck");
        assertThat(p.displayName()).isEqualTo("Mark Zuckerberg");
        assertThat(p.followers()).isEqualTo(4_900_000L);
        assertThat(p.posts()).isEqualTo(530L);
        assertThat(p.following()).isNull();
        assertThat(p.bio()).isEqualTo("Mostly superintelligence and MMA takes.");
        assertThat(p.verified()).isTrue();
    }

    @Test
    void mastodonProfilePage() {
        Profile p = ok(Platform.MASTODON, "https://mastodon.social/@Gargron", "mastodon-profile.html");
        assertThat(p.handle()).isEqualTo("Gargron@mastodon.social");
        assertThat(p.displayName()).isEqualTo("Eugen Rochko");
        assertThat(p.posts()).isEqualTo(79_300L);
        assertThat(p.following()).isEqualTo(718L);
        assertThat(p.followers()).isEqualTo(366_000L);
        assertThat(p.bio()).isEqualTo("Founder, CEO and lead developer @Mastodon, Germany.");
    }

    @Test
    void mastodonAccountJsonHasExactCounts() {
        Profile p = ok(Platform.MASTODON, "https://mastodon.social/api/v1/accounts/lookup?acct=Gargron",
                "mastodon-account.json");
        assertThat(p.handle()).isEqualTo("Gargron");
        assertThat(p.displayName()).isEqualTo("Eugen Rochko");
        assertThat(p.followers()).isEqualTo(366_012L);
        assertThat(p.following()).isEqualTo(718L);
        assertThat(p.posts()).isEqualTo(79_321L);
        assertThat(p.privateAccount()).isFalse();
        assertThat(p.bio()).isEqualTo("Founder, CEO and lead developer @Mastodon, Germany.");
        assertThat(p.externalUrl()).isEqualTo("https://www.patreon.com/mastodon");
    }

    @Test
    void blueskyGetProfileJson() {
        Profile p = ok(Platform.BLUESKY, "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=bsky.app",
                "bluesky-getprofile.json");
        assertThat(p.handle()).isEqualTo("bsky.app");
        assertThat(p.displayName()).isEqualTo("Bluesky");
        assertThat(p.followers()).isEqualTo(32_843_501L);
        assertThat(p.following()).isEqualTo(8L);
        assertThat(p.posts()).isEqualTo(701L);
        assertThat(p.verified()).isTrue();
    }

    @Test
    void jsonErrorAnswersAreOutcomesNotProfiles() {
        assertThat(reader.read(Platform.BLUESKY, "https://bsky.app/profile/x",
                "{\"error\":\"InvalidRequest\",\"message\":\"Profile not found\"}").outcome())
                .isEqualTo(FetchOutcome.NOT_FOUND);
        assertThat(reader.read(Platform.BLUESKY, "https://bsky.app/profile/x",
                "{\"error\":\"AccountTakedown\",\"message\":\"Account has been suspended\"}").outcome())
                .isEqualTo(FetchOutcome.SUSPENDED);
        assertThat(reader.read(Platform.MASTODON, "https://m.example/api", "{\"error\":\"Record not found\"}")
                .outcome()).isEqualTo(FetchOutcome.NOT_FOUND);
    }

    @Test
    void hCardOfThePageNotOfAQuotedAuthor() {
        Profile p = ok(Platform.WEB, "https://aaron.example/", "hcard-only.html");
        assertThat(p.displayName()).isEqualTo("Aaron Example");
        assertThat(p.handle()).isEqualTo("aaron");
        assertThat(p.bio()).isEqualTo("Writes about the open web.");
        assertThat(p.avatarUrl()).isEqualTo("https://aaron.example/me.jpg");
    }

    @Test
    void hCardRootClassIsMatchedAsAWholeCaseSensitiveToken() {
        String html = "<html><body><div class=\"css-175oi2r r-1awozwy xh-card\"><span class=\"p-name\">Not Me</span>"
                + "</div><div class=\"H-CARD\"><span class=\"p-name\">Shouting</span></div>"
                + "<div class=\"css-1dbjc4n  h-card r-18u37iz\"><span class=\"p-name\">Card Owner</span></div></body></html>";
        ParseResult r = new ProfilePageReaders().read(Platform.WEB, "https://card.example/", html);
        assertThat(r.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(r.profile().displayName()).as("microformats2 class names are case-sensitive tokens")
                .isEqualTo("Card Owner");
    }

    @Test
    void organizationInAGraphWithObjectInteractionTypesAndStringCounts() {
        Profile p = ok(Platform.WEB, "https://acme.example/", "organization-jsonld.html");
        assertThat(p.displayName()).isEqualTo("Acme Studio");
        assertThat(p.handle()).isEqualTo("acmestudio");
        assertThat(p.followers()).as("subscribers when no FollowAction").isEqualTo(12_345L);
        assertThat(p.posts()).isEqualTo(321L);
        assertThat(p.avatarUrl()).isEqualTo("https://acme.example/logo.png");
    }

    @Test
    void platformIsTakenFromTheUrlWhenDeclaredAsWeb() {
        Profile p = ok(Platform.WEB, "https://www.threads.net/@zuck", "threads-profile.html");
        assertThat(p.bio()).isEqualTo("Mostly superintelligence and MMA takes.");
    }
}
