package dev.creatorwatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("db")
class SignInApiTest {

    static final String PASSWORD = "correct horse battery";

    static String newUser(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"" + role + "\"]}")
                .post("/api/users").then().statusCode(201).body("roles", hasItem(role));
        return name;
    }

    @Test
    void anonymousAndWrongPasswordsAreRefused() {
        given().auth().none().get("/api/creators").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong-password").get("/api/creators").then().statusCode(401);
        given().auth().none().get("/q/health").then().statusCode(200);
    }

    @Test
    void rolesLimitWhatAUserMayDo() {
        String marketer = newUser("marketer");
        given().auth().preemptive().basic(marketer, PASSWORD).get("/api/me").then().statusCode(200)
                .body("username", equalTo(marketer)).body("roles", hasItem("marketer"));
        given().auth().preemptive().basic(marketer, PASSWORD).get("/api/creators").then().statusCode(200);
        given().auth().preemptive().basic(marketer, PASSWORD).post("/api/rules/reload").then().statusCode(403);
        given().auth().preemptive().basic(marketer, PASSWORD).get("/api/users").then().statusCode(403);
    }

    @Test
    void repeatedFailuresLockTheUsernameEvenWithTheRightPassword() {
        String user = newUser("security");
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(user, "not-the-password").get("/api/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(401);
        QuarkusTransaction.requiringNew().run(() -> SignInThrottle.deleteById(user));
        given().auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void apiTokensAreShownOnceUsableAndRevocable() {
        String user = newUser("compliance");
        var issued = given().auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON)
                .body("{\"name\": \"export bot\", \"expiresInDays\": 30}").post("/api/tokens")
                .then().statusCode(201).body("value", startsWith("crm_")).extract().jsonPath();
        String value = issued.getString("value");
        long id = issued.getLong("token.id");
        given().auth().none().header("Authorization", "Bearer " + value).get("/api/me").then().statusCode(200)
                .body("username", equalTo(user));
        given().auth().preemptive().basic(user, PASSWORD).get("/api/tokens").then().statusCode(200)
                .body("[0].prefix", equalTo(value.substring(0, 10))).body("[0]", not(hasItem("value")))
                .body("[0].value", nullValue());
        given().auth().none().header("Authorization", "Bearer " + value + "x").get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(user, PASSWORD).delete("/api/tokens/" + id).then().statusCode(200);
        given().auth().none().header("Authorization", "Bearer " + value).get("/api/me").then().statusCode(401);
    }

    @Test
    void aTokenCannotIssueTokensAndIssuingAndRevokingAreAudited() {
        String user = newUser("security");
        var issued = given().auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON)
                .body("{\"name\": \"ci\", \"expiresInDays\": 1}").post("/api/tokens").then().statusCode(201)
                .extract().jsonPath();
        String value = issued.getString("value");
        long id = issued.getLong("token.id");
        given().auth().none().header("Authorization", "Bearer " + value).contentType(ContentType.JSON)
                .body("{\"name\": \"child\", \"expiresInDays\": 365}").post("/api/tokens").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("A token cannot issue tokens: sign in with your password to issue one"));
        given().auth().preemptive().basic(user, PASSWORD).get("/api/tokens").then().statusCode(200)
                .body("size()", equalTo(1));
        given().auth().none().header("Authorization", "Bearer " + value).delete("/api/tokens/" + id).then()
                .statusCode(200);
        given().queryParam("entityType", "token").queryParam("entityId", String.valueOf(id)).get("/api/audit").then()
                .statusCode(200)
                .body("items.action", containsInAnyOrder("issued", "revoked"))
                .body("items.actor", everyItem(equalTo(user)))
                .body("items.after.prefix", everyItem(equalTo(value.substring(0, 10))))
                .body(not(containsString(value.substring(10))));
    }

    @Test
    void expiredTokensAreRefused() {
        String user = newUser("security");
        var issued = given().auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON)
                .body("{\"name\": \"short\", \"expiresInDays\": 1}").post("/api/tokens").then().statusCode(201)
                .extract().jsonPath();
        long id = issued.getLong("token.id");
        QuarkusTransaction.requiringNew().run(() ->
                ApiToken.<ApiToken>findByIdOptional(id).orElseThrow().expiresAt = Instant.now().minusSeconds(1));
        given().auth().none().header("Authorization", "Bearer " + issued.getString("value")).get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void aUsernameWithLineBreaksCannotForgeLogLines() {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(SignInService.class.getName());
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r.getParameters() == null ? r.getMessage()
                        : String.format(r.getMessage(), r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            given().auth().preemptive().basic("eve\nINFO admin signed in from 10.0.0.1", "whatever")
                    .get("/api/me").then().statusCode(401);
        } finally {
            log.removeHandler(capture);
        }
        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains("\n") || line.contains("admin signed in"));
    }

    @jakarta.inject.Inject
    CurrentActor actor;

    @Test
    @jakarta.enterprise.context.control.ActivateRequestContext
    void workNoHttpRequestStartedIsAuditedAsTheSystemNotAsAnonymous() {
        // As start-up observers run: a request context, no HTTP request, no signed-in identity.
        assertThat(actor.get()).isEqualTo(dev.creatorwatch.audit.Actor.SYSTEM);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        String japanese = "パスワード".repeat(5); // 25 characters, 75 bytes in UTF-8
        given().contentType(ContentType.JSON).body("{\"username\": \"longpw\", \"password\": \"" + japanese
                + "\", \"roles\": [\"marketer\"]}").post("/api/users").then().statusCode(422)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", startsWith("must be at most 72 bytes in UTF-8 (this one is 75)"));
    }

    @Test
    void userValidationAndLastAdminProtection() {
        given().contentType(ContentType.JSON).body("{\"username\": \"x y\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"marketer\"]}").post("/api/users").then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"username\": \"shortpw\", \"password\": \"short\", "
                + "\"roles\": [\"marketer\"]}").post("/api/users").then().statusCode(422)
                .body("errors[0].field", equalTo("password"));
        given().contentType(ContentType.JSON).body("{\"username\": \"badrole\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"root\"]}").post("/api/users").then().statusCode(422);
        String name = newUser("marketer");
        given().contentType(ContentType.JSON).body("{\"username\": \"" + name.toUpperCase() + "\", \"password\": \""
                + PASSWORD + "\", \"roles\": [\"marketer\"]}").post("/api/users").then().statusCode(409);
        long adminId = given().get("/api/users").jsonPath()
                .getLong("find { it.username == 'admin' }.id");
        given().contentType(ContentType.JSON).body("{\"enabled\": false}").patch("/api/users/" + adminId)
                .then().statusCode(409);
    }
}
