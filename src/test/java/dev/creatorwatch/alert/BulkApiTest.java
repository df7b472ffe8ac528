package dev.creatorwatch.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** POST /api/alerts/bulk: what a bulk request may say, and what its report tells. */
@QuarkusTest
@Tag("db")
class BulkApiTest {

    long creator;
    long alert;
    Instant now = Instant.now();

    @BeforeEach
    void seed() {
        creator = AlertFixtures.creator("Bulk " + now.toEpochMilli());
        alert = AlertFixtures.alert(creator, Severity.HIGH, 70, now.minus(1, ChronoUnit.HOURS), "r");
    }

    private static RequestSpecification json() {
        return TestUsers.as("bulker").contentType(ContentType.JSON);
    }

    private void assertUnassigned() {
        given().get("/api/alerts/" + alert).then().statusCode(200).body("assignee", nullValue());
    }

    @Test
    void aMisspeltFilterFieldIsA422NamingItInsteadOfMatchingEveryAlert() {
        json().body("{\"filter\": {\"statuses\": [\"NEW\"]}, \"action\": \"assign\", \"assignee\": \"zed\"}")
                .post("/api/alerts/bulk").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("filter.statuses"))
                .body("errors[0].message", containsString("not a known field"));
        json().body("{\"ids\": [" + alert + "], \"action\": \"assign\", \"asignee\": \"zed\"}")
                .post("/api/alerts/bulk").then().statusCode(422).body("errors[0].field", equalTo("asignee"));
        assertUnassigned();
    }

    @Test
    void aFilterWithoutACriterionIsRefused() {
        for (String filter : List.of("{}", "{\"status\": [], \"rule\": \"  \", \"tag\": \"\"}")) {
            json().body("{\"filter\": " + filter + ", \"action\": \"assign\", \"assignee\": \"zed\"}")
                    .post("/api/alerts/bulk").then().statusCode(422)
                    .body("errors[0].field", equalTo("filter"))
                    .body("errors[0].message", containsString("name ids or at least one filter criterion"));
        }
        assertUnassigned();
    }

    @Test
    void aNullIdIsA422OnIds() {
        json().body("{\"ids\": [" + alert + ", null], \"action\": \"assign\", \"assignee\": \"zed\"}")
                .post("/api/alerts/bulk").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ids"));
        assertUnassigned();
    }
}
