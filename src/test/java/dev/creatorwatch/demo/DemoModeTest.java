package dev.creatorwatch.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline demo as a newcomer sees it: creators with tiers and alerts within a minute, no internet. */
@QuarkusTest
@org.junit.jupiter.api.Tag("demo")
@TestProfile(DemoModeTest.Demo.class)
class DemoModeTest {

    /** The demo profile's settings on a database of its own. */
    public static class Demo implements QuarkusTestProfile {
        /**
         * A port free when the profile is built, not a fixed one: two builds on one machine (two CI runs, a build
         * beside a running demo) would otherwise fail to bind. The seeder needs the port before the server listens.
         */
        private static final int PORT = freePort();

        @Override
        public String getConfigProfile() {
            return "demo";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1",
                    "quarkus.http.test-port", String.valueOf(PORT),
                    "monitor.demo.base-url", "http://localhost:" + PORT,
                    "monitor.scan.enabled", "true",
                    "monitor.scan.tick", "1s",
                    "monitor.scan.initial-delay", "1s",
                    "monitor.security.initial-admin.password", "test-admin-password");
        }

        private static int freePort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void showsCreatorsWithTiersAndAlertsWithinAMinute() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/api/alerts").jsonPath().getList("items").size() >= 1);
        JsonPath creators = given().get("/api/creators").then().statusCode(200).extract().jsonPath();
        assertThat(creators.getList("items")).hasSize(DemoCatalog.CREATORS.size());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !given().get("/api/creators").jsonPath().getList("items.tier").contains("UNKNOWN"));
        List<String> tiers = given().get("/api/creators").jsonPath().getList("items.tier");
        assertThat(tiers).contains("EMERGING", "NANO", "MICRO", "MEGA");
        // Nora's jump shows between her first and second fetch, ten seconds apart.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/api/alerts").jsonPath().getList("items.ruleId", String.class).contains("follower-jump"));
        JsonPath alerts = given().get("/api/alerts").jsonPath();
        assertThat(alerts.getList("items.ruleId", String.class)).contains("impersonation-lookalike-handle");
        assertThat(alerts.getString("items.find { it.ruleId == 'follower-jump' }.creator.name")).isEqualTo("Nora Glow");
        // The impersonator re-uploaded Mika's picture; once both pictures are hashed the alert says so.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/api/alerts").jsonPath().getString(
                        "items.find { it.ruleId == 'impersonation-lookalike-handle' }.reason")
                        .contains("profile picture is a near copy of @mika.travels's"));
        // Max's account is suspended from its third fetch on, twenty seconds in.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/api/alerts").jsonPath().getList("items.ruleId", String.class)
                        .contains("account-suspended"));
        assertThat(given().get("/api/alerts").jsonPath()
                .getString("items.find { it.ruleId == 'account-suspended' }.creator.name")).isEqualTo("Max Deals");
    }

    @Test
    void demoSiteServesTheTimeline() {
        String first = DemoSiteResource.render(DemoCatalog.profile("instagram", "glowwithnora").orElseThrow(), 0);
        String second = DemoSiteResource.render(DemoCatalog.profile("instagram", "glowwithnora").orElseThrow(), 1);
        assertThat(first).contains("12,400 Followers");
        assertThat(second).contains("48,900 Followers");
        given().get("/demo-site/instagram/nobody").then().statusCode(404);
        given().get("/demo-site/avatars/mika.png").then().statusCode(200).contentType("image/png");
        given().get("/demo-site/avatars/..%2Fx-profile.html").then().statusCode(404);
    }
}
