package dev.creatorwatch.discovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The discovery job against a local site standing in for a platform. */
@QuarkusTest
@Tag("db")
class DiscoveryTest {

    static FixtureServer site;

    @Inject
    Discovery discovery;

    @Inject
    DueCandidates due;

    @Inject
    DiscoveryConfig config;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A protected creator on "instagram" whose profile lives on the fixture site; returns {creatorId, accountId}. */
    static long[] protectedInstagram(String name, String handle) {
        var json = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "protectedIdentity", true, "accounts", List.of(Map.of(
                        "platform", "instagram", "handle", handle, "profileUrl", site.url("/ig/" + handle + "/")))))
                .post("/api/creators").then().statusCode(201).extract().jsonPath();
        return new long[] {json.getLong("id"), json.getLong("accounts[0].id")};
    }

    static List<DiscoveryCandidate> candidates(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> DiscoveryCandidate.<DiscoveryCandidate>list(
                "accountId = ?1 order by rank", accountId));
    }

    /** Runs discovery until the account's first candidates have been checked (other tests' accounts share runs). */
    List<DiscoveryCandidate> runUntilChecked(long accountId) {
        for (int i = 0; i < 30; i++) {
            int before = checked(candidates(accountId));
            discovery.runOnce();
            List<DiscoveryCandidate> after = candidates(accountId);
            assertThat(checked(after) - before).as("checks of one identity in one run")
                    .isLessThanOrEqualTo(config.checksPerIdentityPerRun());
            if (checked(after) > 0) {
                return after;
            }
        }
        throw new AssertionError("discovery never reached account " + accountId);
    }

    static int checked(List<DiscoveryCandidate> cs) {
        return (int) cs.stream().filter(c -> c.checkCount > 0).count();
    }

    @Test
    void findsARegisteredLookalikeRaisesAnAlertAndRemembersTheMisses() {
        String w = SuspectApiTest.word();
        String handle = "saki" + w;
        long[] ids = protectedInstagram("Saki " + w, handle);
        // The generator's first pick (rank 0) exists and copies the name; the second is her allowlisted shop.
        site.html("/ig/" + handle + "official/", ProfilePages.jsonLd("Saki " + w, handle + "official", 25, 1));
        site.html("/ig/" + handle + "jp/", ProfilePages.jsonLd("Saki " + w + " JP", handle + "jp", 9000, 400));
        given().contentType(ContentType.JSON).body(Map.of("platform", "instagram", "handle", handle + "jp",
                "reason", "her Japanese account")).post("/api/creators/" + ids[0] + "/allowlist").then()
                .statusCode(201);

        Instant start = Instant.now();
        List<DiscoveryCandidate> cs = runUntilChecked(ids[1]);
        assertThat(cs).hasSize(config.candidatesPerIdentity());
        assertThat(cs).extracting(c -> c.handle).doesNotContain(handle).doesNotHaveDuplicates();

        DiscoveryCandidate hit = cs.stream().filter(c -> c.handle.equals(handle + "official")).findFirst().orElseThrow();
        assertThat(hit.state).isEqualTo(DiscoveryCandidate.State.SUSPECT);
        assertThat(hit.operation).isEqualTo("affix");
        assertThat(hit.score).isGreaterThanOrEqualTo(0.65);
        assertThat(hit.alertId).isNotNull();
        assertThat(hit.nextCheckAt).isAfter(start.plus(config.foundRecheck()).minus(Duration.ofMinutes(5)));

        DiscoveryCandidate allowed = cs.stream().filter(c -> c.handle.equals(handle + "jp")).findFirst().orElseThrow();
        assertThat(allowed.state).isEqualTo(DiscoveryCandidate.State.FOUND);
        assertThat(allowed.alertId).isNull();

        List<DiscoveryCandidate> misses = cs.stream().filter(c -> c.state == DiscoveryCandidate.State.NOT_FOUND)
                .toList();
        assertThat(misses).isNotEmpty().allSatisfy(c -> assertThat(c.nextCheckAt)
                .isAfter(start.plus(config.notFoundRecheck()).minus(Duration.ofMinutes(5))));

        given().get("/api/alerts/" + hit.alertId).then().statusCode(200)
                .body("ruleId", equalTo("impersonation-discovered-lookalike"))
                .body("creator.id", equalTo((int) ids[0]))
                .body("evidence.discovery.source", equalTo("discovery"))
                .body("evidence.discovery.operation", equalTo("affix"))
                .body("evidence.protectedHandle", equalTo(handle));
        given().queryParam("source", "discovery").get("/api/suspects").then().statusCode(200);

        // The next run leaves what was just checked alone and moves on to the following handles.
        discovery.runOnce();
        List<DiscoveryCandidate> later = candidates(ids[1]);
        for (DiscoveryCandidate c : cs.stream().filter(c -> c.checkCount > 0).toList()) {
            assertThat(later.stream().filter(l -> l.id.equals(c.id)).findFirst().orElseThrow().checkCount)
                    .as(c.handle + " not re-checked").isEqualTo(1);
        }
    }

    @Test
    void aClaimHoldsCandidatesSoASecondClaimTakesOthers() {
        String w = SuspectApiTest.word();
        long[] ids = protectedInstagram("Riko " + w, "riko" + w);
        for (int i = 0; i < 30 && candidates(ids[1]).isEmpty(); i++) {
            discovery.runOnce();
        }
        List<Long> first = due.claim().stream().map(DueCandidates.Claimed::id).toList();
        List<Long> second = due.claim().stream().map(DueCandidates.Claimed::id).toList();
        assertThat(second).doesNotContainAnyElementsOf(first);
        List<DiscoveryCandidate> mine = candidates(ids[1]);
        assertThat(mine.stream().filter(c -> first.contains(c.id) || second.contains(c.id)))
                .allSatisfy(c -> assertThat(c.nextCheckAt).isAfter(Instant.now().plus(Duration.ofMinutes(5))));
    }
}
