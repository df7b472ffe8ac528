package dev.creatorwatch.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.sun.net.httpserver.HttpServer;
import dev.creatorwatch.alert.AlertFixtures;
import dev.creatorwatch.alert.AlertRecorder;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.testing.LoopbackHttpServers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("db")
class WebhookApiTest {

    @Inject
    AlertRecorder recorder;
    @Inject
    WebhookDispatcher dispatcher;

    HttpServer server;
    final List<String[]> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = LoopbackHttpServers.create(0);
        server.createContext("/ok", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {ex.getRequestHeaders().getFirst("X-Monitor-Signature"), body});
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.createContext("/redirect", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("Location", url("/ok"));
            ex.sendResponseHeaders(307, -1);
            ex.close();
        });
        server.createContext("/fail", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void newAlertAtSeverityIsDeliveredSignedAndLowerOnesAreNot() {
        var created = given().contentType(ContentType.JSON).body(Map.of("url", url("/ok"), "minSeverity", "high"))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        given().get("/api/webhooks/" + id).then().body("secret", org.hamcrest.Matchers.nullValue());
        long creator = AlertFixtures.creator("Hooked");
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> recorder.record(AlertFixtures.hit("hook-rule", Severity.LOW,
                "low", "x"), creator, null, null, Tier.MICRO, now));
        QuarkusTransaction.requiringNew().run(() -> recorder.record(AlertFixtures.hit("hook-rule", Severity.CRITICAL,
                "crit", "x"), creator, null, null, Tier.MICRO, now));
        dispatcher.dispatchDue(Instant.now());
        assertThat(received).hasSize(1);
        String[] r = received.get(0);
        String t = r[0].substring(2, r[0].indexOf(','));
        assertThat(r[0]).endsWith("v1=" + WebhookSigner.hmac(secret, t + "." + r[1]));
        assertThat(r[1]).contains("\"event\":\"alert.new\"").contains("\"severity\":\"CRITICAL\"");
        given().get("/api/webhooks/" + id + "/deliveries").then().body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(1));
        given().post("/api/webhooks/" + id + "/test").then().statusCode(200).body("status", equalTo("DELIVERED"));
        assertThat(received).hasSize(2);
        given().delete("/api/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void theAuditTrailKeepsTheReceiversOriginAndAFingerprintNotItsSecretPath() {
        String secretPath = "/hooks/T0001/B0001/s3cr3tT0k3n?sig=abc123";
        long id = given().contentType(ContentType.JSON).body(Map.of("url", url(secretPath)))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        String audited = given().queryParam("entityType", "webhook").queryParam("entityId", String.valueOf(id))
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getString("items[0].after.url");
        assertThat(audited).isEqualTo(url("/") .replaceAll("/$", "") + "/… (sha256 "
                + Webhooks.auditedUrl(url(secretPath)).replaceAll(".*sha256 ", ""))
                .doesNotContain("s3cr3t").doesNotContain("abc123").matches(".*\\(sha256 [0-9a-f]{12}\\)");
        assertThat(Webhooks.auditedUrl(url("/other"))).isNotEqualTo(audited);
        given().delete("/api/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void failingReceiverIsRetriedWithBackoff() {
        long id = given().contentType(ContentType.JSON).body(Map.of("url", url("/fail"), "minSeverity", "low"))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        long creator = AlertFixtures.creator("Failing");
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> recorder.record(AlertFixtures.hit("hook-fail", Severity.HIGH,
                "f", "x"), creator, null, null, Tier.MICRO, now));
        dispatcher.dispatchDue(now.plusSeconds(1));
        var d1 = given().get("/api/webhooks/" + id + "/deliveries").then().body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", equalTo(1)).body("items[0].lastStatusCode", equalTo(500)).extract()
                .jsonPath();
        Instant next1 = Instant.parse(d1.getString("items[0].nextAttemptAt"));
        assertThat(next1).isAfterOrEqualTo(now.plusSeconds(30));
        dispatcher.dispatchDue(now.plusSeconds(2));
        given().get("/api/webhooks/" + id + "/deliveries").then().body("items[0].attempts", equalTo(1));
        dispatcher.dispatchDue(next1);
        Instant next2 = Instant.parse(given().get("/api/webhooks/" + id + "/deliveries").then()
                .body("items[0].attempts", equalTo(2)).extract().jsonPath().getString("items[0].nextAttemptAt"));
        assertThat(java.time.Duration.between(next1, next2).toSeconds()).isEqualTo(60);
        given().post("/api/webhooks/" + id + "/test").then().statusCode(200).body("status", equalTo("FAILED"))
                .body("lastStatusCode", equalTo(500));
        given().delete("/api/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void privateLoopbackAndMetadataTargetsAreRefusedWhenSubscribing() {
        // Refused before any connection (literals and reserved names need no DNS), so nothing is sent anywhere.
        for (String target : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
                "http://metadata.google.internal/computeMetadata/v1/", "http://192.168.1.20:8080/h",
                "http://[::1]:9000/h", "http://[fd00::1]/h", "http://0x7f.1/h", "https://hooks.internal/h")) {
            given().contentType(ContentType.JSON).body(Map.of("url", target)).post("/api/webhooks").then()
                    .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        long id = given().contentType(ContentType.JSON).body(Map.of("url", url("/ok")))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("url", "http://169.254.169.254/")).put("/api/webhooks/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("url"));
        given().get("/api/webhooks/" + id).then().body("url", equalTo(url("/ok")));
        given().delete("/api/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void everyDeliveryChecksTheUrlAgainAndLogsARefusalWithoutSending() {
        long id = given().contentType(ContentType.JSON).body(Map.of("url", url("/ok"), "minSeverity", "low"))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        // The URL was fine when saved; now it points at a private address (as after a DNS change, or a row saved
        // before the guard existed).
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.update("url = ?1 where id = ?2",
                "http://10.0.0.1/hook", id));
        long creator = AlertFixtures.creator("Rebound");
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> recorder.record(AlertFixtures.hit("hook-refused", Severity.HIGH,
                "r", "x"), creator, null, null, Tier.MICRO, now));
        dispatcher.dispatchDue(now.plusSeconds(1));
        given().get("/api/webhooks/" + id + "/deliveries").then().body("items[0].status", equalTo("REFUSED"))
                .body("items[0].attempts", equalTo(1)).body("items[0].lastStatusCode", nullValue())
                .body("items[0].lastError", containsString("10.0.0.1"));
        // Refused is final: a later tick does not try again.
        dispatcher.dispatchDue(now.plus(java.time.Duration.ofDays(1)));
        given().get("/api/webhooks/" + id + "/deliveries").then().body("items[0].attempts", equalTo(1));
        given().post("/api/webhooks/" + id + "/test").then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("lastError", containsString("private"));
        assertThat(received).isEmpty();
        given().delete("/api/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void redirectsAreNotFollowed() {
        long id = given().contentType(ContentType.JSON).body(Map.of("url", url("/redirect")))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        given().post("/api/webhooks/" + id + "/test").then().statusCode(200).body("status", equalTo("FAILED"))
                .body("lastStatusCode", equalTo(307));
        assertThat(received).isEmpty();
        given().delete("/api/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void urlsAreValidated() {
        for (String bad : List.of("ftp://x/y", "http://user:pw@host/x", "javascript:alert(1)", "not a url", "")) {
            given().contentType(ContentType.JSON).body(Map.of("url", bad)).post("/api/webhooks").then()
                    .statusCode(422).body("errors[0].field", equalTo("url"));
        }
        given().contentType(ContentType.JSON).body(Map.of("url", "https://x.example/h", "events", List.of("TEST")))
                .post("/api/webhooks").then().statusCode(422);
        given().get("/api/webhooks/99999999").then().statusCode(404);
    }
}
