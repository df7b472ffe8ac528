package dev.creatorwatch.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import dev.creatorwatch.testing.Watchlist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The whole pipeline against a local site: fetch, parse, snapshot, tier, rules, alerts, via the API. */
@QuarkusTest
@Tag("db")
class ScanPipelineTest {

    static FixtureServer site;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A creator with one web account at a fresh fixture path; returns {creatorId, path}. */
    static Object[] watch(String name) {
        Watchlist.Watched w = Watchlist.watch(site, name);
        return new Object[] {w.creatorId(), w.path()};
    }

    static JsonPath scan(long creatorId) {
        return given().post("/api/creators/" + creatorId + "/scan").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void tierFollowsFollowersAcrossEveryBoundary() {
        Object[] w = watch("Boundary");
        long id = (long) w[0];
        String path = (String) w[1];
        long[] followers = {999, 1_000, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000};
        String[] tiers = {"EMERGING", "NANO", "NANO", "MICRO", "MICRO", "MACRO", "MACRO", "MEGA"};
        for (int i = 0; i < followers.length; i++) {
            site.html(path, ProfilePages.jsonLd("Boundary", "boundary", followers[i], 10));
            assertThat(scan(id).getString("[0].outcome")).isEqualTo("OK");
            given().get("/api/creators/" + id).then().statusCode(200)
                    .body("tier", equalTo(tiers[i]))
                    .body("accounts[0].tier", equalTo(tiers[i]))
                    .body("accounts[0].followers", equalTo((int) followers[i]));
        }
        List<String> toTiers = given().get("/api/creators/" + id).jsonPath().getList("tierHistory.to");
        assertThat(toTiers).contains("EMERGING", "NANO", "MICRO", "MACRO", "MEGA");
    }

    @Test
    void repeatedFindingUpdatesOneOpenAlert() {
        Object[] w = watch("Jumpy");
        long id = (long) w[0];
        String path = (String) w[1];
        site.html(path, ProfilePages.metaCounts("Jumpy", "jumpy", 10_000, 100, 50));
        scan(id);
        given().queryParam("creator", id).get("/api/alerts").then().statusCode(200).body("items", hasSize(0));
        site.html(path, ProfilePages.metaCounts("Jumpy", "jumpy", 20_000, 100, 50));
        assertThat(scan(id).getInt("[0].alertsOpened")).isEqualTo(1);
        site.html(path, ProfilePages.metaCounts("Jumpy", "jumpy", 40_000, 100, 50));
        assertThat(scan(id).getInt("[0].alertsOpened")).isZero();
        given().queryParam("creator", id).queryParam("rule", "follower-jump").get("/api/alerts")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].occurrenceCount", equalTo(2))
                .body("items[0].status", equalTo("NEW"))
                .body("items[0].ruleVersion", equalTo(3))
                .body("items[0].severity", equalTo("HIGH"))
                .body("items[0].creator.tier", equalTo("MICRO"))
                .body("items[0].tierAtDetection", equalTo("MICRO"))
                .body("items[0].evidence.followersNow", equalTo(40_000))
                .body("items[0].reason", org.hamcrest.Matchers.containsString("20,000 to 40,000"));
        given().get("/api/creators/" + id).then()
                .body("openAlerts", hasSize(1))
                .body("riskScore", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void failedFetchLeavesNoMetricsAndNoAlert() {
        Object[] w = watch("Flaky");
        long id = (long) w[0];
        String path = (String) w[1];
        site.html(path, ProfilePages.metaCounts("Flaky", "flaky", 10_000, 100, 50));
        scan(id);
        site.status(path, 500);
        assertThat(scan(id).getString("[0].outcome")).isEqualTo("NETWORK_ERROR");
        site.html(path, "<html><body><p>Log in to see this profile</p></body></html>");
        assertThat(scan(id).getString("[0].outcome")).isEqualTo("PARSE_FAILURE");
        site.status(path, 404);
        assertThat(scan(id).getString("[0].outcome")).isEqualTo("NOT_FOUND");

        JsonPath snaps = given().get("/api/creators/" + id + "/snapshots").then().statusCode(200).extract().jsonPath();
        assertThat(snaps.getList("items.outcome")).containsExactly("NOT_FOUND", "PARSE_FAILURE", "NETWORK_ERROR", "OK");
        assertThat(snaps.getList("items.followers")).containsExactly(null, null, null, 10_000);
        given().get("/api/creators/" + id).then()
                .body("accounts[0].followers", equalTo(10_000))
                .body("accounts[0].lastOutcome", equalTo("NOT_FOUND"))
                .body("tier", equalTo("MICRO"))
                .body("openAlerts", hasSize(0));
        given().queryParam("creator", id).get("/api/alerts").then().body("items", hasSize(0));
    }

    @Test
    void snapshotsPageWithKeysetCursor() {
        Object[] w = watch("History");
        long id = (long) w[0];
        String path = (String) w[1];
        for (int i = 0; i < 3; i++) {
            site.html(path, ProfilePages.jsonLd("History", "history", 5_000 + i, 10));
            scan(id);
        }
        String next = given().queryParam("limit", 2).get("/api/creators/" + id + "/snapshots").then()
                .body("items", hasSize(2)).body("items[0].followers", equalTo(5_002))
                .extract().jsonPath().getString("next");
        given().queryParam("limit", 2).queryParam("after", next).get("/api/creators/" + id + "/snapshots").then()
                .body("items", hasSize(1)).body("items[0].followers", equalTo(5_000)).body("next", nullValue());
    }
}
