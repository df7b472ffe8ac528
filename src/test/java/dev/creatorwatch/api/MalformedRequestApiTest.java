package dev.creatorwatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class MalformedRequestApiTest {

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
        "/api/alerts, limit, abc, must be a whole number",
        "/api/alerts, limit, 999999999999, must be a whole number",
        "/api/alerts, creator, abc, must be a whole number",
        "/api/alerts/queue, creator, 12x, must be a whole number",
        "/api/alerts/queue, creator, 99999999999999999999, must be a whole number",
        "/api/creators, protected, yes, must be true or false",
        "/api/suppressions, active, 1, must be true or false",
        "/api/audit, limit, 1e3, must be a whole number",
    })
    void aParameterThatDoesNotParseIsA422NamingIt(String path, String param, String value, String message) {
        given().queryParam(param, value).get(path).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", equalTo(param + ": " + message))
                .body("errors[0].field", equalTo(param))
                .body("errors[0].message", equalTo(message));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
        "/api/alerts, limit, ' 20 '",
        "/api/alerts, limit, ''",
        "/api/alerts/queue, creator, 7",
        "/api/creators, protected, TRUE",
        "/api/creators, protected, false",
        "/api/creators, protected, ''",
        "/api/suppressions, active, true",
        "/api/suppressions, active, ''",
        "/api/source-health, refresh, ''",
        "/api/source-health, refresh, false",
    })
    void wellFormedOrEmptyValuesAreAccepted(String path, String param, String value) {
        given().queryParam(param, value).get(path).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/source-health", "/api/suppressions", "/api/alerts", "/api/alerts/queue", "/api/creators",
        "/api/audit", "/api/checks", "/api/suspects"})
    void everyOptionalParameterMayBeLeftOut(String path) {
        given().get(path).then().statusCode(200);
    }

    @Test
    void anIdInThePathThatIsNotANumberIsA404ThatSaysWhereAndWhy() {
        given().get("/api/alerts/abc").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Nothing is at /api/alerts/abc (ids in paths are whole numbers)"));
        given().get("/api/no-such-endpoint").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", startsWith("Nothing is at /api/no-such-endpoint"));
    }

    @Test
    void aKnownResourceThatIsMissingKeepsItsOwnDetail() {
        given().get("/api/alerts/987654321").then()
                .statusCode(404)
                .body("detail", equalTo("Alert 987654321 does not exist"));
    }

    @Test
    void aBodyThatIsNotUtf8IsA400NamingTheField() {
        byte[] body = "{\"name\":\"\u00ff bad\",\"accounts\":[]}".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(body).post("/api/creators").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("name: is not valid UTF-8 text"))
                .body("errors[0].field", equalTo("name"));
        given().contentType("application/json").body("{\"name\": 12x}").post("/api/creators").then()
                .statusCode(400)
                .body("detail", startsWith("The request body is not valid JSON"));
    }
}
