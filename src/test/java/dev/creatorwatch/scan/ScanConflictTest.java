package dev.creatorwatch.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import dev.creatorwatch.testing.UncommittedChange;
import dev.creatorwatch.testing.Watchlist;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A scan whose alert update races a triage edit of the same alert. */
@QuarkusTest
@Tag("db")
class ScanConflictTest {

    static FixtureServer site;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aScanThatLosesARaceForItsAlertRetriesAndBothChangesStay() throws Exception {
        Watchlist.Watched w = Watchlist.watch(site, "Contested");
        site.html(w.path(), ProfilePages.metaCounts("Contested", "contested", 10_000, 100, 50));
        w.scan();
        site.html(w.path(), ProfilePages.metaCounts("Contested", "contested", 20_000, 100, 50));
        assertThat(w.scan().getInt("[0].alertsOpened")).isEqualTo(1);
        long alert = given().queryParam("creator", w.creatorId()).queryParam("rule", "follower-jump")
                .get("/api/alerts").jsonPath().getLong("items[0].id");
        site.html(w.path(), ProfilePages.metaCounts("Contested", "contested", 40_000, 100, 50));

        CompletableFuture<JsonPath> scan;
        try (UncommittedChange triage = UncommittedChange.start(() -> Alert.<Alert>findById(alert).assignee = "ana")) {
            scan = CompletableFuture.supplyAsync(w::scan);
            triage.commitOnceSomeoneWaits(dataSource);
        }
        assertThat(scan.get(60, TimeUnit.SECONDS).getString("[0].outcome")).isEqualTo("OK");
        given().get("/api/alerts/" + alert).then().statusCode(200)
                .body("assignee", equalTo("ana"))
                .body("occurrenceCount", equalTo(2))
                .body("evidence.followersNow", equalTo(40_000));
        assertThat(given().get("/api/creators/" + w.creatorId() + "/snapshots").jsonPath().getList("items"))
                .hasSize(3);
    }
}
