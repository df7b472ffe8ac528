package dev.creatorwatch.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import dev.creatorwatch.testing.Watchlist;
import dev.creatorwatch.testing.Watchlist.Watched;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Source health counts real stored attempts per platform, and every alert shows the freshness of its account's data.
 * Other tests in the same app add attempts on the same platform, so the assertions compare before and after.
 */
@QuarkusTest
@Tag("db")
class SourceHealthApiTest {

    static FixtureServer site;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Map<String, Object> web() {
        JsonPath report = given().queryParam("refresh", true).get("/api/source-health").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getString("window")).isEqualTo("PT24H");
        return report.getMap("platforms.find { it.platform == 'web' }");
    }

    private static long number(Map<String, Object> m, String key) {
        return m == null || m.get(key) == null ? 0 : ((Number) m.get(key)).longValue();
    }

    @Test
    void countsGoodAndFailedAttemptsAndShowsFreshnessBesideAlerts() {
        Map<String, Object> before = web();
        Watched good = Watchlist.watch(site, "Healthy Source");
        site.html(good.path(), ProfilePages.metaCounts("Healthy Source", "healthy", 10_000, 100, 50));
        good.scan();
        site.html(good.path(), ProfilePages.metaCounts("Healthy Source", "healthy", 30_000, 100, 50));
        good.scan();
        Watched never = Watchlist.watch(site, "Never Read");
        site.status(never.path(), 503);
        never.scan();

        Map<String, Object> after = web();
        assertThat(number(after, "attempts") - number(before, "attempts")).isEqualTo(3);
        assertThat(number(after, "okAttempts") - number(before, "okAttempts")).isEqualTo(2);
        assertThat(number(after, "accounts") - number(before, "accounts")).isEqualTo(2);
        assertThat(number(after, "accountsNeverRead") - number(before, "accountsNeverRead")).isEqualTo(1);
        double share = ((Number) after.get("okShare")).doubleValue();
        assertThat(share).isCloseTo((double) number(after, "okAttempts")
                / (number(after, "attempts") - number(after, "accountGoneAttempts")), within(1e-6));
        assertThat(after.get("status")).isIn("HEALTHY", "DEGRADED", "DOWN");
        assertThat(after.get("latestGoodAt")).isNotNull();
        assertThat(number(after, "latestGoodAgeSeconds")).isBetween(0L, 60L);
        assertThat(((Map<?, ?>) after.get("outcomes")).containsKey("OK")).isTrue();

        // The follower jump raised an alert; it carries the account's freshness and the platform's health.
        JsonPath alerts = given().queryParam("creator", good.creatorId()).get("/api/alerts").then().statusCode(200)
                .extract().jsonPath();
        assertThat(alerts.getList("items")).isNotEmpty();
        assertThat(alerts.getString("items[0].freshness.lastOutcome")).isEqualTo("OK");
        assertThat(alerts.getBoolean("items[0].freshness.stale")).isFalse();
        assertThat(alerts.getLong("items[0].freshness.ageSeconds")).isBetween(0L, 60L);
        assertThat(alerts.getString("items[0].freshness.platform")).isEqualTo("web");
        assertThat(alerts.getString("items[0].freshness.platformStatus")).isEqualTo(after.get("status"));
        assertThat(alerts.getDouble("items[0].freshness.platformOkShare")).isCloseTo(share, within(1e-6));
    }

    private static double okShare(Map<String, Object> m) {
        return ((Number) m.get("okShare")).doubleValue();
    }

    @Test
    void accountsFoundGoneDoNotCountAgainstThePlatformButFailuresDo() {
        Watched readable = Watchlist.watch(site, "Readable Source");
        site.html(readable.path(), ProfilePages.metaCounts("Readable Source", "readable", 5_000, 10, 10));
        readable.scan();
        Map<String, Object> before = web();

        Watched banned = Watchlist.watch(site, "Banned Creator");
        site.html(banned.path(), "<html><head><title>Account suspended</title></head><body>"
                + "<h1>Account suspended</h1></body></html>");
        banned.scan();
        Watched deleted = Watchlist.watch(site, "Deleted Creator");
        site.status(deleted.path(), 404);
        deleted.scan();
        Map<String, Object> gone = web();
        assertThat(okShare(gone)).as("a banned and a deleted creator leave the platform as readable as it was")
                .isCloseTo(okShare(before), within(1e-9));
        assertThat(gone.get("status")).isEqualTo(before.get("status"));
        assertThat(number(gone, "attempts") - number(before, "attempts")).isEqualTo(2);
        assertThat(number(gone, "accountGoneAttempts") - number(before, "accountGoneAttempts")).isEqualTo(2);
        assertThat(number(gone, "okAttempts") - number(before, "okAttempts")).isZero();
        assertThat(number(gone, "accountsGone") - number(before, "accountsGone")).isEqualTo(2);

        Watched unreadable = Watchlist.watch(site, "Unreadable Source");
        site.html(unreadable.path(), "<html><body><p>nothing a profile would show</p></body></html>");
        unreadable.scan();
        Watched broken = Watchlist.watch(site, "Broken Source");
        site.status(broken.path(), 503);
        broken.scan();
        Map<String, Object> failed = web();
        assertThat(number(failed, "attempts") - number(gone, "attempts")).isEqualTo(2);
        assertThat(number(failed, "accountGoneAttempts")).isEqualTo(number(gone, "accountGoneAttempts"));
        Map<?, ?> outcomes = (Map<?, ?>) failed.get("outcomes");
        assertThat(outcomes.get("PARSE_FAILURE")).isNotNull();
        assertThat(outcomes.get("NETWORK_ERROR")).isNotNull();
        assertThat(okShare(failed)).as("a parse failure and a 5xx count against the platform")
                .isLessThan(okShare(gone));
    }
}
