package dev.creatorwatch.audience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.fakefollowers.FakeAccountClassifier;
import dev.creatorwatch.testing.FixtureServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Follower sampling against canned Mastodon and Bluesky answers served from loopback. */
@QuarkusTest
class FollowerSamplerTest {

    static FixtureServer site;

    @Inject
    PublicFollowerLists lists;

    @Inject
    AudienceConfig config;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    FollowerSampler sampler() {
        FakeAccountClassifier model =
                FakeAccountClassifier.load(Path.of("rules/fakefollowers/fake-account-classifier.model.json"));
        return new FollowerSampler(lists, config, () -> model);
    }

    static URI base() {
        return URI.create(site.url("/"));
    }

    static String mastodonAccount(String id, String username, long followers, long following, long posts,
                                  String note, String avatar) {
        return """
                {"id": "%s", "username": "%s", "acct": "%s", "display_name": "%s", "note": %s, "avatar": "%s",
                 "locked": false, "followers_count": %d, "following_count": %d, "statuses_count": %d,
                 "created_at": "2024-01-01T00:00:00.000Z", "url": "https://example.social/@%s", "fields": []}"""
                .formatted(id, username, username, username, note, avatar, followers, following, posts, username);
    }

    static final String REAL = mastodonAccount("1", "yukatanaka", 25_300, 410, 640, "\"<p>Photographer in Kyoto</p>\"",
            "https://example.social/avatars/1.png");
    static final String REAL_2 = mastodonAccount("2", "mika", 900, 300, 210,
            "\"<p>Hi</p><script>alert(1)</script><img src=x onerror=alert(2)>=HYPERLINK(\\\"x\\\")\"",
            "https://example.social/avatars/2.png");
    static final String BOT = mastodonAccount("3", "user83749201", 3, 4_100, 0, "\"\"",
            "https://example.social/avatars/original/missing.png");

    @Test
    void mastodonFollowsLinkPagingAndClassifiesEachFollower() {
        site.json("/api/v1/accounts/lookup?acct=alice%40example.social",
                "{\"id\": \"42\", \"followers_count\": 3}", Map.of());
        site.json("/api/v1/accounts/42/followers?limit=80", "[" + REAL + "," + REAL_2 + "]",
                Map.of("Link", "<" + site.url("/api/v1/accounts/42/followers?limit=80&max_id=7")
                        + ">; rel=\"next\", <" + site.url("/api/v1/accounts/42/followers?min_id=9") + ">; rel=\"prev\""));
        site.json("/api/v1/accounts/42/followers?limit=80&max_id=7", "[" + BOT + "]", Map.of());

        FollowerListing listing = lists.mastodon(base(), "alice@example.social", 1000);
        assertThat(listing.followers()).hasSize(3);
        assertThat(listing.followers().get(1).profile().bio()).doesNotContain("<", "alert(1)");
        assertThat(listing.followers().get(2).profile().avatarUrl()).isNull();

        FollowerSampler.Outcome o = sampler().mastodon(base(), "alice@example.social");
        assertThat(o.unavailable()).isNull();
        assertThat(o.listed()).isEqualTo(3);
        assertThat(o.sample().sampled()).isEqualTo(3);
        assertThat(o.sample().fake()).isEqualTo(1);
    }

    @Test
    void aModelThatCannotBeLoadedIsSaidPlainlyNotBlamedOnTheList() {
        site.json("/api/v1/accounts/lookup?acct=carol%40example.social", "{\"id\": \"43\", \"followers_count\": 1}",
                Map.of());
        site.json("/api/v1/accounts/43/followers?limit=80", "[" + REAL + "]", Map.of());
        FollowerSampler noModel = new FollowerSampler(lists, config, () -> {
            throw new RuleDefinitionException("parameters.model", "parameters.model 'x' cannot be read");
        });

        FollowerSampler.Outcome o = noModel.mastodon(base(), "carol@example.social");

        assertThat(o.sample()).isNull();
        assertThat(o.unavailable()).contains("fake-account model could not be loaded").doesNotContain("'x'");
    }

    @Test
    void mastodonSaysPlainlyWhenNoSampleWasPossible() {
        site.status("/api/v1/accounts/lookup", 404);
        assertThat(sampler().mastodon(base(), "ghost@example.social").unavailable())
                .contains("No follower sample was possible").contains("not found");

        site.json("/api/v1/accounts/lookup?acct=hidden%40example.social", "{\"id\": \"50\", \"followers_count\": 120}",
                Map.of());
        site.json("/api/v1/accounts/50/followers?limit=80", "[]", Map.of());
        assertThat(sampler().mastodon(base(), "hidden@example.social").unavailable()).contains("hides its follower list");

        site.json("/api/v1/accounts/lookup?acct=new%40example.social", "{\"id\": \"51\", \"followers_count\": 0}",
                Map.of());
        site.json("/api/v1/accounts/51/followers?limit=80", "[]", Map.of());
        assertThat(sampler().mastodon(base(), "new@example.social").unavailable()).contains("no followers listed");

        site.json("/api/v1/accounts/lookup?acct=broken%40example.social", "{\"id\": \"52\"}", Map.of());
        site.status("/api/v1/accounts/52/followers", 500);
        assertThat(sampler().mastodon(base(), "broken@example.social").unavailable())
                .contains("refused the follower list");
    }

    @Test
    void platformsWithoutPublicListsAreNamed() {
        assertThat(sampler().sample(Platform.INSTAGRAM, "someone", "https://www.instagram.com/someone/").unavailable())
                .isEqualTo("Instagram does not show follower lists publicly, so no follower sample was possible.");
    }

    @Test
    void blueskyPagesWithCursorThenAddsCountsForTheSample() {
        site.json("/xrpc/app.bsky.graph.getFollowers?actor=bob.test&limit=100", """
                {"subject": {"did": "did:plc:bob"}, "cursor": "c1", "followers": [
                  {"did": "did:plc:a", "handle": "yukatanaka.bsky.social", "displayName": "Yuka Tanaka",
                   "description": "Photographer", "avatar": "https://cdn.example/a.jpg"},
                  {"did": "did:plc:b", "handle": "user83749201.bsky.social", "displayName": ""}]}""", Map.of());
        site.json("/xrpc/app.bsky.graph.getFollowers?actor=bob.test&limit=100&cursor=c1", """
                {"followers": [{"did": "did:plc:c", "handle": "mika.bsky.social", "displayName": "Mika",
                   "description": "<b>hi</b>", "avatar": "https://cdn.example/c.jpg"}]}""", Map.of());
        site.json("/xrpc/app.bsky.actor.getProfiles", """
                {"profiles": [
                  {"did": "did:plc:a", "followersCount": 25300, "followsCount": 410, "postsCount": 640},
                  {"did": "did:plc:b", "followersCount": 3, "followsCount": 4100, "postsCount": 0},
                  {"did": "did:plc:c", "followersCount": 900, "followsCount": 300, "postsCount": 210}]}""", Map.of());

        FollowerSampler.Outcome o = sampler().bluesky(base(), "bob.test");
        assertThat(o.listed()).isEqualTo(3);
        assertThat(o.sample().sampled()).isEqualTo(3);
        assertThat(o.sample().fake()).isEqualTo(1);

        site.status("/xrpc/app.bsky.graph.getFollowers", 400);
        assertThat(sampler().bluesky(base(), "nobody.test").unavailable())
                .startsWith("No follower sample was possible: Bluesky did not show the follower list");
    }

    @Test
    void nextLinkIsReadFromTheLinkHeader() {
        assertThat(PublicFollowerLists.nextLink("<https://m.example/a?max_id=1>; rel=\"next\", <https://m.example/b>; "
                + "rel=\"prev\"")).hasToString("https://m.example/a?max_id=1");
        assertThat(PublicFollowerLists.nextLink("<https://m.example/b>; rel=\"prev\"")).isNull();
        assertThat(PublicFollowerLists.nextLink(null)).isNull();
    }
}
