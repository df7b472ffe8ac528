package dev.creatorwatch.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * History imported for an account that was already scanned, as it happens in use: the account is scanned as soon as
 * it is added, and its past is uploaded afterwards. The jump from the last imported point to that first scan is judged
 * (bought followers just before a campaign), named as coming from the import, and left quiet when the import is old
 * or engagement rose with the followers.
 */
@QuarkusTest
@Tag("db")
class ImportAfterFirstScanTest {

    static FixtureServer site;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A watched account at a fresh fixture path. */
    record Watched(long creatorId, long accountId, String path) {

        String history() {
            return "/api/creators/" + creatorId + "/accounts/" + accountId + "/history";
        }

        JsonPath scan() {
            return given().post("/api/creators/" + creatorId + "/scan").then().statusCode(200).extract().jsonPath();
        }

        JsonPath importCsv(String csv) {
            return given().contentType("text/csv").body(csv).post(history()).then().statusCode(201).extract()
                    .jsonPath();
        }

        ValidatableResponse alerts(String rule) {
            return given().queryParam("creator", creatorId).queryParam("rule", rule).get("/api/alerts").then()
                    .statusCode(200);
        }

        ValidatableResponse allAlerts() {
            return given().queryParam("creator", creatorId).get("/api/alerts").then().statusCode(200);
        }
    }

    static Watched watch(String name, String platform) {
        String path = "/" + UUID.randomUUID();
        JsonPath j = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"accounts\": [{\"platform\": \"" + platform + "\", \"handle\": \""
                        + path.substring(1, 12) + "\", \"profileUrl\": \"" + site.url(path) + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath();
        return new Watched(j.getLong("id"), j.getLong("accounts[0].id"), path);
    }

    static LocalDate daysAgo(int days) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(days);
    }

    /**
     * 30 daily points with followers steady around {@code followers}, the last one {@code lastDaysAgo} days ago;
     * with an engagement column when {@code engagement} is not null.
     */
    static String dailyCsv(int lastDaysAgo, long followers, Long engagement) {
        StringBuilder csv = new StringBuilder("date,followers,following,posts")
                .append(engagement == null ? "\n" : ",engagement\n");
        for (int k = 29; k >= 0; k--) {
            csv.append(daysAgo(lastDaysAgo + k)).append(',').append(followers + (k % 3) * 20).append(",300,120");
            if (engagement != null) {
                csv.append(',').append(engagement + (k % 2) * 10);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** An Instagram page with three recent posts of about {@code interactions} likes and comments each. */
    static String instagramWithPosts(String handle, long followers, long interactions) {
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            long likes = interactions * 95 / 100 + i * 37;
            posts.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"node\":{\"shortcode\":\"p%d\","
                    + "\"edge_liked_by\":{\"count\":%d},\"edge_media_to_comment\":{\"count\":%d},"
                    + "\"taken_at_timestamp\":%d}}", i, likes, interactions - likes,
                    Instant.now().getEpochSecond() - 86_400L * (i + 1)));
        }
        return "<html><head><title>" + handle + "</title></head><body><script>window._sharedData = {\"entry_data\":"
                + "{\"ProfilePage\":[{\"graphql\":{\"user\":{\"username\":\"" + handle + "\",\"full_name\":\"" + handle
                + "\",\"edge_followed_by\":{\"count\":" + followers + "},\"edge_follow\":{\"count\":300},"
                + "\"edge_owner_to_timeline_media\":{\"count\":120,\"edges\":[" + posts + "]}}}}]}};</script>"
                + "</body></html>";
    }

    @Test
    void aJumpFromTheLastImportedPointToTheFirstScanAlertsAndNamesTheImport() {
        Watched w = watch("Bought Before Contract", "web");
        site.html(w.path(), ProfilePages.metaCounts("Bought", "bought", 30_000, 300, 120));
        w.scan(); // the first scan, which the scheduler runs as soon as an account is added
        w.allAlerts().body("items", hasSize(0));

        JsonPath summary = w.importCsv(dailyCsv(1, 10_000, null));
        String importId = summary.getString("importId");
        String lastPoint = daysAgo(1) + "T00:00:00Z";
        w.alerts("follower-jump")
                .body("items", hasSize(1))
                .body("items[0].ruleVersion", equalTo(3))
                .body("items[0].evidence.followersBefore", equalTo(10_000))
                .body("items[0].evidence.followersNow", equalTo(30_000))
                .body("items[0].evidence.previousSource", equalTo("imported"))
                .body("items[0].evidence.previousAt", equalTo(lastPoint))
                .body("items[0].evidence.previousImportId", equalTo(importId))
                .body("items[0].evidence", not(hasKey("previousSnapshotAt")))
                .body("items[0].reason", containsString("Followers jumped from 10,000 (for "))
                .body("items[0].reason", containsString(" in the history imported on "));
        w.alerts("anomaly-follower-jump")
                .body("items", hasSize(1))
                .body("items[0].evidence.previousSource", equalTo("imported"))
                .body("items[0].evidence.previousImportId", equalTo(importId))
                .body("items[0].reason", containsString("not a scan of ours"));
        // The creator's view shows the same provenance with its open alerts.
        given().get("/api/creators/" + w.creatorId()).then()
                .body("openAlerts.find { it.ruleId == 'follower-jump' }.evidence.previousSource", equalTo("imported"));
        // The uploader is told at once what the import revealed.
        assertThat(summary.getInt("snapshotsJudgedAgain")).isEqualTo(1);
        assertThat(summary.getInt("alertsOpened")).isEqualTo(2); // follower-jump and anomaly-follower-jump

        // The next scan compares with the first one: nothing new, and the jump is not counted again.
        assertThat(w.scan().getInt("[0].alertsOpened")).isZero();
        w.alerts("follower-jump").body("items", hasSize(1)).body("items[0].occurrenceCount", equalTo(1));
    }

    @Test
    void anImportBeforeTheFirstScanIsNamedInThatScansEvidence() {
        Watched w = watch("Imported First", "web");
        JsonPath summary = w.importCsv(dailyCsv(1, 10_000, null));
        assertThat(summary.getInt("snapshotsJudgedAgain")).isZero();
        site.html(w.path(), ProfilePages.metaCounts("First", "first", 30_000, 300, 120));
        w.scan();
        w.alerts("follower-jump")
                .body("items", hasSize(1))
                .body("items[0].evidence.previousSource", equalTo("imported"))
                .body("items[0].evidence.previousAt", equalTo(daysAgo(1) + "T00:00:00Z"))
                .body("items[0].evidence.previousImportId", equalTo(summary.getString("importId")))
                .body("items[0].evidence", not(hasKey("previousSnapshotAt")));
    }

    @Test
    void anImportThatEndedLongBeforeTheFirstScanIsGrowthOverThatTimeNotAJump() {
        Watched w = watch("Old Import", "web");
        site.html(w.path(), ProfilePages.metaCounts("Old", "old", 30_000, 300, 120));
        w.scan();
        JsonPath summary = w.importCsv(dailyCsv(200, 10_000, null));
        assertThat(summary.getInt("snapshotsJudgedAgain")).isEqualTo(1);
        assertThat(summary.getInt("alertsOpened")).isZero();
        w.allAlerts().body("items", hasSize(0));
    }

    @Test
    void aViralJumpWhereEngagementRoseWithFollowersIsNotCalledFraud() {
        Watched w = watch("Viral", "instagram");
        site.html(w.path(), instagramWithPosts("viral", 30_000, 3_100));
        w.scan();
        // Before: about 320 interactions per post at 10,000 followers; now ten times that at three times the audience.
        JsonPath summary = w.importCsv(dailyCsv(1, 10_000, 320L));
        assertThat(summary.getInt("snapshotsJudgedAgain")).isEqualTo(1);
        assertThat(summary.getInt("alertsOpened")).isZero();
        w.alerts("follower-jump").body("items", hasSize(0));
        w.alerts("anomaly-follower-jump").body("items", hasSize(0));
    }
}
