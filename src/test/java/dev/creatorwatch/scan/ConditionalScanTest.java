package dev.creatorwatch.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.sun.net.httpserver.Headers;
import dev.creatorwatch.snapshot.SnapshotRepository;
import dev.creatorwatch.snapshot.SnapshotRepository.Validators;
import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Conditional GET through the whole pipeline: the validators of a good snapshot are stored (on H2 and, tagged db, on
 * PostgreSQL), sent on the next scan, and a 304 is recorded as NOT_MODIFIED without touching metrics or alerts.
 */
@QuarkusTest
@Tag("db")
class ConditionalScanTest {

    static FixtureServer site;

    @Inject
    SnapshotRepository snapshots;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void unchangedPageIsNotModifiedAndChangesNothing() {
        String path = "/" + UUID.randomUUID();
        Instant published = Instant.parse("2026-11-01T10:00:00Z");
        long id = watch("Steady", path);

        site.htmlWithValidators(path, ProfilePages.metaCounts("Steady", "steady", 10_000, 100, 50), published);
        assertThat(scan(id).getString("[0].outcome")).isEqualTo("OK");
        assertThat(site.lastRequestHeaders(path).getFirst("If-None-Match")).isNull();
        long accountId = accountId(id);
        Validators stored = QuarkusTransaction.requiringNew()
                .call(() -> snapshots.latestValidators(List.of(accountId)).get(accountId));
        String firstEtag = FixtureServer.etagOf(ProfilePages.metaCounts("Steady", "steady", 10_000, 100, 50));
        assertThat(stored).isEqualTo(new Validators(firstEtag, FixtureServer.httpDate(published)));

        // A jump opens a follower-jump alert; re-judging that snapshot as new would count a second occurrence.
        String jumped = ProfilePages.metaCounts("Steady", "steady", 20_000, 100, 50);
        site.htmlWithValidators(path, jumped, published.plus(Duration.ofDays(1)));
        assertThat(scan(id).getInt("[0].alertsOpened")).isEqualTo(1);
        assertThat(site.lastRequestHeaders(path).getFirst("If-None-Match")).isEqualTo(firstEtag);

        Instant before = Instant.now();
        JsonPath unchanged = scan(id);
        Headers sent = site.lastRequestHeaders(path);
        assertThat(sent.getFirst("If-None-Match")).isEqualTo(FixtureServer.etagOf(jumped));
        assertThat(sent.getFirst("If-Modified-Since"))
                .isEqualTo(FixtureServer.httpDate(published.plus(Duration.ofDays(1))));
        assertThat(unchanged.getString("[0].outcome")).isEqualTo("NOT_MODIFIED");
        assertThat(unchanged.getInt("[0].alertsOpened")).isZero();

        JsonPath snaps = given().get("/api/creators/" + id + "/snapshots").then().statusCode(200).extract()
                .jsonPath();
        assertThat(snaps.getList("items.outcome")).containsExactly("NOT_MODIFIED", "OK", "OK");
        assertThat(snaps.getList("items.followers")).containsExactly(null, 20_000, 10_000);
        assertThat(snaps.getInt("items[0].httpStatus")).isEqualTo(304);
        JsonPath creator = given().get("/api/creators/" + id).then().statusCode(200)
                .body("accounts[0].followers", equalTo(20_000))
                .body("accounts[0].tier", equalTo("MICRO"))
                .body("accounts[0].lastOutcome", equalTo("NOT_MODIFIED"))
                .body("openAlerts", hasSize(1))
                .extract().jsonPath();
        // Scheduled like a good scan (MICRO with an open high alert: 12 h x 0.25, +/-10 %), not like a failure (30 min).
        Instant next = Instant.parse(creator.getString("accounts[0].nextScanAt"));
        assertThat(next).isAfter(before.plus(2, ChronoUnit.HOURS));
        given().queryParam("creator", id).queryParam("rule", "follower-jump").get("/api/alerts").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].occurrenceCount", equalTo(1));
    }

    @Test
    void changedPageGivesANewGoodSnapshot() {
        String path = "/" + UUID.randomUUID();
        long id = watch("Growing", path);
        site.htmlWithValidators(path, ProfilePages.jsonLd("Growing", "growing", 5_000, 10),
                Instant.parse("2026-11-01T10:00:00Z"));
        scan(id);
        site.htmlWithValidators(path, ProfilePages.jsonLd("Growing", "growing", 5_100, 11),
                Instant.parse("2026-11-02T10:00:00Z"));
        JsonPath second = scan(id);
        assertThat(site.lastRequestHeaders(path).getFirst("If-None-Match"))
                .isEqualTo(FixtureServer.etagOf(ProfilePages.jsonLd("Growing", "growing", 5_000, 10)));
        assertThat(second.getString("[0].outcome")).isEqualTo("OK");
        given().get("/api/creators/" + id).then().body("accounts[0].followers", equalTo(5_100));
        long accountId = accountId(id);
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> snapshots.latestValidators(List.of(accountId)).get(accountId)))
                .isEqualTo(new Validators(FixtureServer.etagOf(ProfilePages.jsonLd("Growing", "growing", 5_100, 11)),
                        FixtureServer.httpDate(Instant.parse("2026-11-02T10:00:00Z"))));
    }

    @Test
    void failedAttemptsKeepTheValidatorsOfTheLatestGoodSnapshot() {
        String path = "/" + UUID.randomUUID();
        long id = watch("Wobbly", path);
        String page = ProfilePages.metaCounts("Wobbly", "wobbly", 3_000, 10, 5);
        site.htmlWithValidators(path, page, Instant.parse("2026-11-01T10:00:00Z"));
        scan(id);
        site.status(path, 500);
        assertThat(scan(id).getString("[0].outcome")).isEqualTo("NETWORK_ERROR");
        site.htmlWithValidators(path, page, Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(scan(id).getString("[0].outcome")).isEqualTo("NOT_MODIFIED");
        assertThat(site.lastRequestHeaders(path).getFirst("If-None-Match")).isEqualTo(FixtureServer.etagOf(page));
    }

    private static long watch(String name, String path) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"accounts\": [{\"platform\": \"web\", \"handle\": \""
                        + path.substring(1, 12) + "\", \"profileUrl\": \"" + site.url(path) + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath scan(long creatorId) {
        return given().post("/api/creators/" + creatorId + "/scan").then().statusCode(200).extract().jsonPath();
    }

    private static long accountId(long creatorId) {
        return given().get("/api/creators/" + creatorId).then().extract().jsonPath().getLong("accounts[0].id");
    }
}
