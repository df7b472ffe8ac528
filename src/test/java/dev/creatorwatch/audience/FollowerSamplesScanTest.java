package dev.creatorwatch.audience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A scan of a watched Mastodon account samples its followers once per interval, stores it, and reports it. */
@QuarkusTest
@Tag("db")
class FollowerSamplesScanTest {

    static FixtureServer site;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static long samples(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> FollowerSampleRecord.count("accountId = ?1", accountId));
    }

    @Test
    void scanSamplesOncePerIntervalAndTheCheckReportShowsIt() {
        site.html("/@alice", "<html><head><meta property=\"og:description\" content=\"500 Posts, 300 Following, "
                + "24K Followers · Photographer\"><meta property=\"profile:username\" content=\"alice@example.social\">"
                + "</head><body></body></html>");
        site.json("/api/v1/accounts/lookup?acct=alice", "{\"id\": \"77\", \"followers_count\": 3}", Map.of());
        site.json("/api/v1/accounts/77/followers?limit=80", "[" + FollowerSamplerTest.REAL + ","
                + FollowerSamplerTest.REAL_2 + "," + FollowerSamplerTest.BOT + "]", Map.of());
        String url = site.url("/@alice");
        JsonPath created = given().contentType(ContentType.JSON).body("{\"name\": \"Alice\", \"accounts\": [{\"platform\": "
                + "\"mastodon\", \"handle\": \"alice\", \"profileUrl\": \"" + url + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath();
        long creatorId = created.getLong("id");
        long accountId = created.getLong("accounts[0].id");

        given().post("/api/creators/" + creatorId + "/scan").then().statusCode(200);
        assertThat(samples(accountId)).isEqualTo(1);
        given().post("/api/creators/" + creatorId + "/scan").then().statusCode(200);
        assertThat(samples(accountId)).as("at most one sample per interval").isEqualTo(1);

        given().contentType(ContentType.JSON).body("{\"urls\": [\"" + url + "\"]}").post("/api/checks")
                .then().statusCode(201)
                .body("accounts[0].followerSample.possible", equalTo(true))
                .body("accounts[0].followerSample.sampled", equalTo(3))
                .body("accounts[0].followerSample.fake", equalTo(1))
                .body("accounts[0].followerSample.summary", containsString("About 33% of 3 followers sampled"));
    }

    @Test
    void aWebAccountIsReportedPlainlyAsNotSampleable() {
        site.html("/shop", ProfilePages.metaCounts("Shop", "shop", 5_000, 10, 50));
        String url = site.url("/shop");
        long creatorId = given().contentType(ContentType.JSON).body("{\"name\": \"Shop\", \"accounts\": [{\"platform\": "
                + "\"web\", \"handle\": \"shop\", \"profileUrl\": \"" + url + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath().getLong("id");
        given().post("/api/creators/" + creatorId + "/scan").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"urls\": [\"" + url + "\"]}").post("/api/checks")
                .then().statusCode(201)
                .body("accounts[0].followerSample.possible", equalTo(false))
                .body("accounts[0].followerSample.summary",
                        equalTo("Web does not show follower lists publicly, so no follower sample was possible."));
    }
}
