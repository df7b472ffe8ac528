package dev.creatorwatch.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** POST /api/suppressions refuses what could never match, and what would never end. */
@QuarkusTest
@Tag("db")
class SuppressionApiTest {

    long creator;
    String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

    @BeforeEach
    void seed() {
        creator = AlertFixtures.creator("Suppressed " + UUID.randomUUID());
    }

    private static io.restassured.response.ValidatableResponse create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/suppressions").then();
    }

    @Test
    void aRuleOrCreatorThatDoesNotExistIsRefused() {
        create(Map.of("ruleId", "no-such-rule", "creatorId", creator, "reason", "r", "expiresAt", tomorrow))
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("ruleId"));
        create(Map.of("ruleId", "follower-jump", "creatorId", 99999999L, "reason", "r", "expiresAt", tomorrow))
                .statusCode(422).body("errors[0].field", equalTo("creatorId"));
        create(Map.of("ruleId", " follower-jump ", "creatorId", creator, "reason", "r", "expiresAt", tomorrow))
                .statusCode(201).body("ruleId", equalTo("follower-jump")).body("creatorId", equalTo((int) creator));
    }

    @Test
    void aDedupKeyIsStoredStripped() {
        String key = "follower-jump|" + UUID.randomUUID() + "|";
        create(Map.of("dedupKey", "  " + key + "\n", "reason", "r", "expiresAt", tomorrow)).statusCode(201)
                .body("dedupKey", equalTo(key));
    }

    @Test
    void anExpiryBeyondTheHorizonIsRefusedAndTheMessageSaysIt() {
        create(Map.of("dedupKey", "k", "reason", "r", "expiresAt", "+1000000000-01-01T00:00:00Z"))
                .statusCode(422).body("errors[0].field", equalTo("expiresAt"))
                .body("errors[0].message", containsString("730 days"));
        create(Map.of("dedupKey", "k", "reason", "r",
                "expiresAt", Instant.now().plus(731, ChronoUnit.DAYS).toString())).statusCode(422);
        create(Map.of("dedupKey", "k", "reason", "r",
                "expiresAt", Instant.now().plus(700, ChronoUnit.DAYS).toString())).statusCode(201);
    }
}
