package dev.creatorwatch.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.creatorwatch.testing.SignedInAsAdmin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
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

    @Test
    void aBodyOverTheLimitIsA413ProblemGivingTheLimit() throws Exception {
        // Straight on a socket: the server answers before reading the body and closes, so a client that insists on
        // sending 30 MB first may fail on its write before it reads the answer.
        String credentials = Base64.getEncoder().encodeToString((SignedInAsAdmin.USER + ":" + SignedInAsAdmin.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String response;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /api/creators HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 31457280\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertThat(head).startsWith("http/1.1 413").contains("content-type: application/problem+json")
                .contains("connection: close");
        JsonPath problem = JsonPath.from(body);
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("title")).isEqualTo("Content Too Large");
        assertThat(problem.getString("detail"))
                .isEqualTo("The request body is 31457280 bytes; at most 10485760 bytes (10 MiB) are accepted");
        assertThat(problem.getString("instance")).isEqualTo("/api/creators");
    }
}
