package dev.creatorwatch.check;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.creatorwatch.rules.RiskScore;
import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The marketer's pre-contract check, against a local site. */
@QuarkusTest
@Tag("db")
class CheckApiTest {

    static FixtureServer site;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static String page(String html) {
        String path = "/" + UUID.randomUUID();
        site.html(path, html);
        return site.url(path);
    }

    @Test
    void aCleanUnwatchedCreatorIsClear() {
        String url = page(ProfilePages.jsonLd("Calm Creator", "calm.creator", 24_000, 310));
        long id = given().contentType(ContentType.JSON).body("{\"urls\": [\"" + url + "\"]}").post("/api/checks")
                .then().statusCode(201)
                .body("verdict", equalTo("CLEAR"))
                .body("riskScore", equalTo(0))
                .body("accounts[0].tier", equalTo("MICRO"))
                .body("accounts[0].followers", equalTo(24_000))
                .body("accounts[0].watched", equalTo(false))
                .body("accounts[0].fetchedNow", equalTo(true))
                .body("reasons[0]", containsString("No rule found a risk"))
                .extract().jsonPath().getLong("id");
        given().get("/api/checks/" + id).then().statusCode(200).body("verdict", equalTo("CLEAR"));
        given().get("/api/checks").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void anUnreadableProfileNeedsReviewAndSaysWhy() {
        String path = "/" + UUID.randomUUID();
        site.status(path, 404);
        given().contentType(ContentType.JSON).body("{\"urls\": [\"" + site.url(path) + "\"]}").post("/api/checks")
                .then().statusCode(201)
                .body("verdict", equalTo("REVIEW"))
                .body("accounts[0].outcome", equalTo("NOT_FOUND"))
                .body("accounts[0].followers", equalTo(null))
                .body("reasons[0]", containsString("the platform says this account does not exist"));
        String broken = "/" + UUID.randomUUID();
        site.status(broken, 500);
        given().contentType(ContentType.JSON).body("{\"urls\": [\"" + site.url(broken) + "\"]}").post("/api/checks")
                .then().statusCode(201)
                .body("verdict", equalTo("REVIEW"))
                .body("reasons[0]", containsString("Could not read"));
    }

    /** A watched web account whose page is served at {@code path}; returns the creator id. */
    static long watch(String name, String path) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"accounts\": [{\"platform\": \"web\", \"handle\": \""
                        + path.substring(1, 12) + "\", \"profileUrl\": \"" + site.url(path) + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The risk score the check should give: every finding and every open alert it lists, combined once. */
    static int combinedRisk(JsonPath check) {
        List<Integer> scores = new ArrayList<>();
        for (Map<String, List<Map<String, Object>>> byModule
                : check.<Map<String, List<Map<String, Object>>>>getList("accounts.findingsByModule")) {
            byModule.values().forEach(hits -> hits.forEach(h -> scores.add((Integer) h.get("riskScore"))));
        }
        check.<List<Integer>>getList("accounts.openAlerts.riskScore").forEach(scores::addAll);
        return RiskScore.combine(scores);
    }

    @Test
    void aWatchedAccountsOpenAlertCountsEvenWhenTheLatestSnapshotAloneShowsNothing() {
        String path = "/" + UUID.randomUUID();
        site.html(path, ProfilePages.metaCounts("Earlier Jump", "earlierjump", 12_000, 100, 40));
        long creator = watch("Earlier Jump", path);
        given().post("/api/creators/" + creator + "/scan").then().statusCode(200);
        site.html(path, ProfilePages.metaCounts("Earlier Jump", "earlierjump", 48_000, 100, 40));
        given().post("/api/creators/" + creator + "/scan").then().statusCode(200);
        Map<String, Object> alert = given().queryParam("creator", creator).queryParam("rule", "follower-jump")
                .get("/api/alerts").then().statusCode(200).body("items", hasSize(1))
                .extract().jsonPath().getMap("items[0]");

        // The check scans again: 48,000 to 48,000 is no jump, but the jump before it is still open.
        JsonPath check = given().contentType(ContentType.JSON)
                .body("{\"urls\": [\"" + site.url(path) + "\"], \"maxSnapshotAgeMinutes\": 0}").post("/api/checks")
                .then().statusCode(201)
                .body("verdict", equalTo("HIGH_RISK"))
                .body("accounts[0].watched", equalTo(true))
                .body("accounts[0].fetchedNow", equalTo(true))
                .body("accounts[0].openAlerts.ruleId", hasItem("follower-jump"))
                .body("accounts[0].openAlerts.find { it.ruleId == 'follower-jump' }.id", equalTo(alert.get("id")))
                .body("reasons", hasItem(containsString("12,000 to 48,000")))
                .extract().jsonPath();
        assertThat(check.getInt("riskScore")).isGreaterThanOrEqualTo((Integer) alert.get("riskScore"))
                .isEqualTo(combinedRisk(check));
    }

    @Test
    void aSuspendedPartnerIsSaidPlainlyAndItsAlertCounts() {
        String path = "/" + UUID.randomUUID();
        site.html(path, ProfilePages.metaCounts("Gone Partner", "gonepartner", 30_000, 100, 40));
        long creator = watch("Gone Partner", path);
        given().post("/api/creators/" + creator + "/scan").then().statusCode(200);
        site.status(path, 410);
        JsonPath check = given().contentType(ContentType.JSON)
                .body("{\"urls\": [\"" + site.url(path) + "\"], \"maxSnapshotAgeMinutes\": 0}").post("/api/checks")
                .then().statusCode(201)
                .body("verdict", equalTo("HIGH_RISK"))
                .body("accounts[0].outcome", equalTo("SUSPENDED"))
                .body("accounts[0].openAlerts.ruleId", hasItem("account-suspended"))
                .body("reasons[0]", containsString("shows this account as suspended or removed"))
                .body("reasons", not(hasItem(containsString("not verified"))))
                .body("reasons", hasItem(containsString("30,000 followers")))
                .extract().jsonPath();
        assertThat(check.getInt("riskScore")).isPositive().isEqualTo(combinedRisk(check));
    }

    @Test
    void aWatchedAccountIsFoundWhateverTheSpellingOfItsUrl() {
        String path = "/" + UUID.randomUUID();
        site.html(path, ProfilePages.metaCounts("Spelled", "spelled", 8_000, 100, 40));
        watch("Spelled", path);
        String stored = site.url(path); // http://127.0.0.1:port/uuid
        String https = "HTTPS://" + stored.substring("http://".length()).toUpperCase(java.util.Locale.ROOT)
                + "/?utm_source=newsletter#bio";
        given().contentType(ContentType.JSON).body("{\"urls\": [\"" + https + "\", \"" + stored + "/\"]}")
                .post("/api/checks").then().statusCode(201)
                .body("accounts", hasSize(1)) // two spellings of one account are checked once
                .body("accounts[0].watched", equalTo(true))
                .body("accounts[0].outcome", equalTo("OK"))
                .body("accounts[0].followers", equalTo(8_000));
    }

    @Test
    void aWatchedAccountWithBoughtFollowersIsHighRiskAndReusesFreshData() {
        String path = "/" + UUID.randomUUID();
        site.html(path, ProfilePages.metaCounts("Jump", "jumpcheck", 12_000, 100, 40));
        long creator = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Jump\", \"accounts\": [{\"platform\": \"web\", \"handle\": \"jumpcheck"
                        + path.substring(1, 6) + "\", \"profileUrl\": \"" + site.url(path) + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath().getLong("id");
        given().post("/api/creators/" + creator + "/scan").then().statusCode(200);
        site.html(path, ProfilePages.metaCounts("Jump", "jumpcheck", 48_000, 100, 40));
        String body = "{\"urls\": [\"" + site.url(path) + "\"], \"maxSnapshotAgeMinutes\": 0}";
        long id = given().contentType(ContentType.JSON).body(body).post("/api/checks").then().statusCode(201)
                .body("verdict", equalTo("HIGH_RISK"))
                .body("accounts[0].watched", equalTo(true))
                .body("accounts[0].findingsByModule.follower-jump[0].ruleId", equalTo("follower-jump"))
                .body("reasons[0]", containsString("12,000 to 48,000"))
                // The scan the check ran opened the same follower-jump alert: it is shown and counted once.
                .body("accounts[0].openAlerts.ruleId", not(hasItem("follower-jump")))
                .extract().jsonPath().getLong("id");
        JsonPath saved = given().get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getInt("riskScore")).isEqualTo(combinedRisk(saved));
        int requests = site.requests();
        given().contentType(ContentType.JSON).body("{\"urls\": [\"" + site.url(path) + "\"]}").post("/api/checks")
                .then().statusCode(201).body("accounts[0].fetchedNow", equalTo(false))
                .body("accounts[0].dataAgeSeconds", notNullValue());
        assertThat(site.requests()).isEqualTo(requests);
        given().get("/api/checks/" + id + "/report.html").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("HIGH RISK"));
    }

    @Test
    void hostileProfileTextIsEscapedInThePrintablePage() {
        String url = page(ProfilePages.metaCounts("<script>alert(1)</script>", "hostile", 5_000, 10, 10));
        long id = given().contentType(ContentType.JSON).body("{\"urls\": [\"" + url + "\"]}").post("/api/checks")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/checks/" + id + "/report.html").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("&lt;script&gt;alert(1)"));
    }

    @Test
    void badRequestsAreProblems() {
        given().contentType(ContentType.JSON).body("{\"urls\": []}").post("/api/checks").then().statusCode(422)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"urls\": [\"ftp://x.example/y\"]}").post("/api/checks")
                .then().statusCode(422).body("errors[0].field", equalTo("urls[0]"));
        given().contentType(ContentType.JSON).body("{\"urls\": [\"https://a.example/\"], \"maxSnapshotAgeMinutes\": -1}")
                .post("/api/checks").then().statusCode(422);
        given().get("/api/checks/987654321").then().statusCode(404);
        given().queryParam("limit", 1).get("/api/checks").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(1));
    }
}
