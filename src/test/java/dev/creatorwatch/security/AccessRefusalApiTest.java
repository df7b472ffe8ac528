package dev.creatorwatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 401 and 403 are problems that say what to send or which roles fall short, with the challenges clients need. */
@QuarkusTest
class AccessRefusalApiTest {

    static final String PASSWORD = "refusal-password-1";
    static final String[] CHALLENGES = {"basic realm=\"Creator risk monitor\"", "Bearer"};

    /** A user of its own, so failed sign-ins here never count towards locking anyone another test signs in as. */
    static String newUser(String... roles) {
        String name = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"" + String.join("\", \"", roles) + "\"]}").post("/api/users").then()
                .statusCode(201);
        return name;
    }

    @Test
    void noCredentialsIsA401ProblemSayingWhatToSend() {
        given().auth().none().get("/api/creators").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo("/api/creators"))
                .body("detail", equalTo("This endpoint needs a signed-in user: send 'Authorization: Basic' with a "
                        + "username and password, or 'Authorization: Bearer' with an API token."));
        assertThat(given().auth().none().get("/api/creators").headers().getValues("WWW-Authenticate"))
                .containsExactly(CHALLENGES);
    }

    @Test
    void refusedPasswordsReadTheSameWhetherTheUsernameExistsOrNot() {
        Response known = given().auth().preemptive().basic(newUser("security"), "wrong-password").get("/api/creators");
        Response unknown = given().auth().preemptive().basic("nobody-" + UUID.randomUUID(), "wrong-password")
                .get("/api/creators");
        for (Response r : new Response[] {known, unknown}) {
            r.then().statusCode(401).contentType("application/problem+json")
                    .body("title", equalTo("Unauthorized"))
                    .body("detail", containsString("The username and password were not accepted"))
                    .body("detail", containsString("'Authorization: Bearer' with an API token"));
            assertThat(r.headers().getValues("WWW-Authenticate")).containsExactly(CHALLENGES);
        }
        assertThat(known.jsonPath().getString("detail")).isEqualTo(unknown.jsonPath().getString("detail"));
    }

    @Test
    void aRefusedTokenIsA401ProblemAboutTheToken() {
        Response r = given().auth().none().header("Authorization", "Bearer crm_not-a-token").get("/api/me");
        r.then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("The API token was not accepted"))
                .body("instance", equalTo("/api/me"));
        assertThat(r.headers().getValues("WWW-Authenticate")).containsExactly(CHALLENGES);
    }

    @Test
    void headRequestsGetTheStatusAndChallengesWithoutABody() {
        for (Response r : new Response[] {given().auth().none().head("/api/creators"),
            given().auth().preemptive().basic(newUser("security"), "wrong-password").head("/api/creators")}) {
            r.then().statusCode(401);
            assertThat(r.headers().getValues("WWW-Authenticate")).containsExactly(CHALLENGES);
            assertThat(r.asByteArray()).isEmpty();
        }
    }

    @Test
    void pathsOutsideTheApiStillAnswerAnonymousCallers() {
        given().auth().none().get("/q/health").then().statusCode(200);
        given().auth().none().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aRoleThatFallsShortIsA403ProblemNamingTheRoles() {
        String marketer = newUser("marketer");
        given().auth().preemptive().basic(marketer, PASSWORD).get("/api/users").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("instance", equalTo("/api/users"))
                .body("detail", equalTo("Your role marketer does not allow GET /api/users; it needs the role admin."));
        given().auth().preemptive().basic(marketer, PASSWORD).get("/api/audit").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Your role marketer does not allow GET /api/audit; it needs one of the roles "
                        + "admin, compliance."));
        Response head = given().auth().preemptive().basic(marketer, PASSWORD).head("/api/users");
        head.then().statusCode(403);
        assertThat(head.asByteArray()).isEmpty();
    }

    @Test
    void rolesDeclaredOnTheMethodAreNamedAndEveryRoleOfTheUserIsListed() {
        String user = newUser("marketer", "compliance");
        given().auth().preemptive().basic(user, PASSWORD).post("/api/rules/reload").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Your roles compliance, marketer do not allow POST /api/rules/reload; it "
                        + "needs one of the roles admin, security."));
    }
}
