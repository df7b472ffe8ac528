package dev.creatorwatch.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import dev.creatorwatch.testing.Watchlist;
import dev.creatorwatch.testing.Watchlist.Watched;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An account that goes from readable to gone raises its own alert through the real pipeline, while failures that say
 * nothing about the account (login walls, errors) and accounts never read successfully stay quiet.
 */
@QuarkusTest
@Tag("db")
class AccountGoneScanTest {

    static FixtureServer site;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static JsonPath alerts(long creatorId) {
        return given().queryParam("creator", creatorId).get("/api/alerts").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void suspensionAfterGoodReadsAlertsOnFirstAnswerAndRepeatsOnOneAlert() {
        Watched w = Watchlist.watch(site, "Banned Partner");
        long id = w.creatorId();
        String path = w.path();
        site.html(path, ProfilePages.metaCounts("Banned Partner", "banned", 48_000, 300, 120));
        w.scan();
        site.status(path, 410);
        JsonPath scan = w.scan();
        assertThat(scan.getString("[0].outcome")).isEqualTo("SUSPENDED");
        assertThat(scan.getInt("[0].alertsOpened")).isEqualTo(1);
        w.scan();

        given().queryParam("creator", id).queryParam("rule", "account-suspended").get("/api/alerts").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].severity", equalTo("HIGH"))
                .body("items[0].occurrenceCount", equalTo(2))
                .body("items[0].tierAtDetection", equalTo("MICRO"))
                .body("items[0].evidence.outcome", equalTo("SUSPENDED"))
                .body("items[0].evidence.lastKnownFollowers", equalTo(48_000))
                .body("items[0].reason", containsString("is shown as suspended or removed"))
                .body("items[0].reason", containsString("with 48,000 followers"))
                .body("items[0].freshness.lastOutcome", equalTo("SUSPENDED"))
                .body("items[0].freshness.lastGoodAt", org.hamcrest.Matchers.notNullValue());
        // Other rules never read the failed attempts as data: no follower drop, no takeover.
        assertThat(alerts(id).getList("items.ruleId")).containsExactly("account-suspended");
    }

    @Test
    void notFoundNeedsTwoAnswersInARow() {
        Watched w = Watchlist.watch(site, "Vanished");
        long id = w.creatorId();
        String path = w.path();
        site.html(path, ProfilePages.metaCounts("Vanished", "vanished", 9_800, 150, 40));
        w.scan();
        site.status(path, 404);
        assertThat(w.scan().getInt("[0].alertsOpened")).isZero();
        site.status(path, 500);
        w.scan();
        site.status(path, 404);
        assertThat(w.scan().getInt("[0].alertsOpened"))
                .as("a 404, an error, a 404 is not two in a row").isZero();
        assertThat(w.scan().getInt("[0].alertsOpened")).isEqualTo(1);
        given().queryParam("creator", id).get("/api/alerts").then()
                .body("items", hasSize(1))
                .body("items[0].ruleId", equalTo("account-not-found"))
                .body("items[0].severity", equalTo("MEDIUM"))
                .body("items[0].evidence.consecutiveAttempts", equalTo(2))
                .body("items[0].reason", containsString("no longer exists (on 2 scans in a row)"));
    }

    @Test
    void accountNeverReadAndLoginWallsStayQuiet() {
        Watched typo = Watchlist.watch(site, "Typo");
        site.status(typo.path(), 410);
        typo.scan();
        site.status(typo.path(), 404);
        typo.scan();
        typo.scan();
        assertThat(alerts(typo.creatorId()).getList("items")).isEmpty();

        Watched walled = Watchlist.watch(site, "Walled");
        site.html(walled.path(), ProfilePages.metaCounts("Walled", "walled", 20_000, 100, 50));
        walled.scan();
        site.html(walled.path(), "<html><head><title>Log in</title></head><body><form><input type=password>"
                + "<p>0 Followers</p></form></body></html>");
        assertThat(walled.scan().getString("[0].outcome")).isEqualTo("LOGIN_WALL");
        walled.scan();
        assertThat(alerts(walled.creatorId()).getList("items")).isEmpty();
    }
}
