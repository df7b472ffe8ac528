package dev.creatorwatch.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
        TestUsers.as("zed"); // the assignee these tests name: a user who can triage
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

    @Test
    void anInvalidActionParameterIsOne422UpFrontNotAFailurePerAlert() {
        long second = AlertFixtures.alert(creator, Severity.LOW, 20, now, "b");
        List<Long> ids = List.of(alert, second);
        json().body(Map.of("ids", ids, "action", "snooze", "until", now.minus(1, ChronoUnit.DAYS).toString()))
                .post("/api/alerts/bulk").then().statusCode(422).body("errors[0].field", equalTo("until"));
        json().body(Map.of("ids", ids, "action", "assign", "assignee", "x".repeat(201)))
                .post("/api/alerts/bulk").then().statusCode(422).body("errors[0].field", equalTo("assignee"));
        json().body(Map.of("ids", ids, "action", "status", "status", "CLOSED"))
                .post("/api/alerts/bulk").then().statusCode(422).body("errors[0].field", equalTo("closeReason"));
        json().body(Map.of("ids", ids, "action", "status", "status", "ACKNOWLEDGED", "closeReason", "BENIGN"))
                .post("/api/alerts/bulk").then().statusCode(422).body("errors[0].field", equalTo("closeReason"));
        json().body(Map.of("ids", ids, "action", "status", "status", "BOGUS"))
                .post("/api/alerts/bulk").then().statusCode(422).body("errors[0].field", equalTo("status"));
        given().get("/api/alerts/" + alert + "/history").then().body("", empty());
    }

    @Test
    void anEmptyCloseReasonMeansTheSameInBulkAsOnOneAlert() {
        String single = json().body(Map.of("status", "CLOSED", "closeReason", ""))
                .post("/api/alerts/" + alert + "/status").then().statusCode(422).extract().jsonPath()
                .getString("errors[0].message");
        json().body(Map.of("ids", List.of(alert), "action", "status", "status", "CLOSED", "closeReason", ""))
                .post("/api/alerts/bulk").then().statusCode(422).body("errors[0].field", equalTo("closeReason"))
                .body("errors[0].message", equalTo(single));
        json().body(Map.of("ids", List.of(alert), "action", "status", "status", "ACKNOWLEDGED", "closeReason", ""))
                .post("/api/alerts/bulk").then().statusCode(200).body("succeeded", equalTo(1));
        json().body(Map.of("status", "IN_PROGRESS", "closeReason", "")).post("/api/alerts/" + alert + "/status")
                .then().statusCode(200);
    }

    @Test
    void idsThatDoNotExistAreReportedAsNotFoundAndNotCountedAsMatched() {
        json().body(Map.of("ids", List.of(alert, 99999999L, alert), "action", "assign", "assignee", "zed"))
                .post("/api/alerts/bulk").then().statusCode(200)
                .body("matched", equalTo(1)).body("succeeded", equalTo(1))
                .body("notFound", contains(99999999)).body("failures", empty());
    }

    @Test
    void aRefusalThatDependsOnTheAlertStaysAFailureOfThatAlert() {
        long closed = AlertFixtures.alert(creator, Severity.LOW, 20, now, "c");
        json().body(Map.of("status", "CLOSED", "closeReason", "BENIGN")).post("/api/alerts/" + closed + "/status")
                .then().statusCode(200);
        json().body(Map.of("ids", List.of(alert, closed), "action", "snooze",
                "until", now.plus(1, ChronoUnit.DAYS).toString())).post("/api/alerts/bulk").then().statusCode(200)
                .body("matched", equalTo(2)).body("succeeded", equalTo(1))
                .body("failures.id", contains((int) closed)).body("failures[0].status", equalTo(409))
                .body("notFound", hasSize(0));
    }
}
