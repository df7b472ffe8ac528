package dev.creatorwatch.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** History import through the API: formats, every validation error, hostile input, and its effect on the rules. */
@QuarkusTest
@Tag("db")
class HistoryImportApiTest {

    static FixtureServer site;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A creator with one web account at a fresh fixture path: {creatorId, accountId, path}. */
    static Object[] watch(String name) {
        String path = "/" + UUID.randomUUID();
        JsonPath j = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"accounts\": [{\"platform\": \"web\", \"handle\": \""
                        + path.substring(1, 12) + "\", \"profileUrl\": \"" + site.url(path) + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath();
        return new Object[] {j.getLong("id"), j.getLong("accounts[0].id"), path};
    }

    static String history(Object[] w) {
        return "/api/creators/" + w[0] + "/accounts/" + w[1] + "/history";
    }

    static String daysAgo(int days) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(days).toString();
    }

    /** Weekly counts for {@code weeks} weeks ending a day ago, growing 50 followers a week. */
    static String steadyCsv(int weeks) {
        StringBuilder csv = new StringBuilder("date,followers,following,posts\n");
        for (int k = weeks; k >= 1; k--) {
            csv.append(daysAgo(7 * k - 6)).append(',').append(10_000 + 50 * (weeks - k)).append(",300,")
                    .append(100 + weeks - k).append('\n');
        }
        return csv.toString();
    }

    @Test
    void csvImportIsStoredMarkedAsImportedAndAudited() {
        Object[] w = watch("Csv Import");
        given().contentType("text/csv").body(steadyCsv(4)).post(history(w)).then().statusCode(201)
                .body("imported", equalTo(4)).body("accountId", equalTo(((Long) w[1]).intValue()));
        given().get(history(w)).then().statusCode(200)
                .body("", hasSize(4))
                .body("source", org.hamcrest.Matchers.everyItem(equalTo("imported")))
                .body("[0].followers", equalTo(10_000))
                .body("[3].followers", equalTo(10_150));
        // Imported points are not fetched snapshots: the snapshot list stays empty.
        given().get("/api/creators/" + w[0] + "/snapshots").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("entityType", "creator").queryParam("entityId", String.valueOf(w[0]))
                .queryParam("action", "history-imported").get("/api/audit").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void jsonImportAcceptsDatesAndInstantsWithEngagement() {
        Object[] w = watch("Json Import");
        String body = "[{\"date\": \"" + daysAgo(14) + "\", \"followers\": 5000, \"engagement\": 210.5},"
                + " {\"timestamp\": \"" + daysAgo(7) + "T10:00:00Z\", \"followers\": 5100, \"posts\": 40}]";
        given().contentType(ContentType.JSON).body(body).post(history(w)).then().statusCode(201)
                .body("imported", equalTo(2));
        given().get(history(w)).then().statusCode(200)
                .body("engagementPerPost", hasItem(210.5f))
                .body("[1].posts", equalTo(40));
    }

    @Test
    void everyBadLineIsReportedAndNothingIsSaved() {
        Object[] w = watch("Bad Lines");
        String csv = "date,followers,following,posts\n"
                + daysAgo(10) + ",100,10,5\n"
                + "2026-02-30,100,10,5\n"
                + daysAgo(9) + ",-4,10,5\n"
                + LocalDate.now(ZoneOffset.UTC).plusDays(30) + ",100,10,5\n"
                + daysAgo(8) + ",100,99999999999,5\n"
                + daysAgo(10) + ",101,10,5\n";
        JsonPath p = given().contentType("text/csv").body(csv).post(history(w)).then().statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422)).extract().jsonPath();
        assertThat(p.getList("errors.field", String.class)).containsExactly("line 3.date", "line 4.followers",
                "line 5.date", "line 6.following", "line 7.date");
        assertThat(p.getList("errors.message", String.class)).anySatisfy(m -> assertThat(m).contains("future"))
                .anySatisfy(m -> assertThat(m).contains("repeats the date of line 2"))
                .anySatisfy(m -> assertThat(m).contains("implausibly large"));
        given().get(history(w)).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void tooManyRowsAndEmptyOrHeaderOnlyFilesAreRefused() {
        Object[] w = watch("Many Rows");
        StringBuilder csv = new StringBuilder("date,followers\n");
        java.time.Instant t = java.time.Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i <= dev.creatorwatch.rules.engagement.anomaly.HistoryImport.MAX_ROWS; i++) {
            csv.append(t.plusSeconds(3600L * i)).append(",1\n");
        }
        given().contentType("text/csv").body(csv.toString()).post(history(w)).then().statusCode(422)
                .body("errors.message", hasItem(containsString("more than 20000 rows")));
        given().contentType("text/csv").body("").post(history(w)).then().statusCode(422);
        given().contentType("text/csv").body("followers,posts\n10,1\n").post(history(w)).then().statusCode(422)
                .body("detail", containsString("no date column"));
        given().contentType(ContentType.JSON).body("{\"date\": \"2026-01-01\"}").post(history(w)).then()
                .statusCode(422).body("detail", containsString("array"));
        given().contentType("text/csv").body("date,followers\n").post(history(w)).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("no rows"));
        given().contentType(ContentType.JSON).body("[]").post(history(w)).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("no rows"));
        given().get(history(w)).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void importsOfTheSameDatesAtTheSameTimeSaveOnceAndTheOthersAreToldWhy() throws Exception {
        Object[] w = watch("Race");
        String csv = steadyCsv(150);
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType("text/csv").body(csv).post(history(w)).then().extract().response();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> a : answers) {
                Response r = a.get(2, TimeUnit.MINUTES);
                statuses.add(r.statusCode());
                if (r.statusCode() != 201) {
                    // Lost the race (409) or came after the winner had saved (422 "already imported").
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.statusCode()).as(r.asString()).isIn(409, 422);
                }
            }
            assertThat(statuses).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        given().get(history(w)).then().statusCode(200).body("", hasSize(150));
    }

    @Test
    void hostileInputIsRefusedWithoutEchoingItRaw() {
        Object[] w = watch("Hostile");
        given().contentType("text/csv").body("date,followers\n" + daysAgo(3) + ",=HYPERLINK(\"http://x\")\n"
                + daysAgo(2) + ",<script>alert(1)</script>\n").post(history(w)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("line 2.followers", "line 3.followers")));
        given().contentType(ContentType.JSON).body("[" + "[".repeat(500) + "]".repeat(500) + "]").post(history(w))
                .then().statusCode(422).contentType("application/problem+json");
        String huge = "date,followers\n" + (daysAgo(1) + ",1\n").repeat(400_000);
        given().contentType("text/csv").body(huge).post(history(w)).then().statusCode(413)
                .contentType("application/problem+json");
        given().get(history(w)).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void unknownAccountOrAccountOfAnotherCreatorIs404() {
        Object[] a = watch("Owner A");
        Object[] b = watch("Owner B");
        given().contentType("text/csv").body(steadyCsv(2))
                .post("/api/creators/" + b[0] + "/accounts/" + a[1] + "/history").then().statusCode(404);
    }

    @Test
    void importedHistoryIsWhatTheNextRealSnapshotIsJudgedAgainst() {
        // Without history the first real snapshot has nothing to compare with: no anomaly.
        Object[] blind = watch("Blind");
        site.html((String) blind[2], ProfilePages.metaCounts("Blind", "blind", 14_000, 300, 106));
        given().post("/api/creators/" + blind[0] + "/scan").then().statusCode(200);
        given().queryParam("creator", blind[0]).queryParam("rule", "anomaly-follower-jump").get("/api/alerts")
                .then().statusCode(200).body("items", hasSize(0));

        // With six weeks of imported steady growth, the same snapshot is a jump of bought followers.
        Object[] w = watch("Bought");
        given().contentType("text/csv").body(steadyCsv(6)).post(history(w)).then().statusCode(201);
        site.html((String) w[2], ProfilePages.metaCounts("Bought", "bought", 14_000, 300, 106));
        given().post("/api/creators/" + w[0] + "/scan").then().statusCode(200);
        given().queryParam("creator", w[0]).queryParam("rule", "anomaly-follower-jump").get("/api/alerts")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].evidence.historyPoints", equalTo(6));

        // The same dates cannot be imported twice; the clash names the line, as every other error does.
        given().contentType("text/csv").body(steadyCsv(6)).post(history(w)).then().statusCode(422)
                .body("errors.field", hasItem("line 2.date"))
                .body("errors.message", hasItem(containsString("already imported")));
        // Nor can history reach past what was fetched.
        given().contentType("text/csv").body("date,followers\n" + java.time.Instant.now() + ",14000\n")
                .post(history(w)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("line 2.date")))
                .body("errors[0].message", containsString("not before the latest fetched snapshot"));
    }
}
