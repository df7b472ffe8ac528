package dev.creatorwatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.testing.TestUsers;
import dev.creatorwatch.testing.UncommittedChange;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two changes to one alert at the same time: the later one is told to retry, and nothing is half-applied. */
@QuarkusTest
@Tag("db")
class ConcurrentTriageApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void anEditThatRacesAnotherChangeOfTheAlertIsA409ProblemToRetry() throws Exception {
        long alert = AlertFixtures.alert(AlertFixtures.creator("Raced"), Severity.HIGH, 70, Instant.now(), "r");
        TestUsers.as("ana"); // the assignee must be a user who can triage
        CompletableFuture<Response> put;
        try (UncommittedChange scan = UncommittedChange.start(() -> Alert.<Alert>findById(alert).riskScore = 99)) {
            put = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("assignee", "ana")).put("/api/alerts/" + alert + "/assignee").andReturn());
            scan.commitOnceSomeoneWaits(dataSource);
        }
        put.get(60, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("detail", containsString("retry"));
        given().get("/api/alerts/" + alert).then().statusCode(200).body("riskScore", equalTo(99))
                .body("assignee", nullValue());
        assertThat(given().get("/api/alerts/" + alert + "/history").jsonPath().getList("")).isEmpty();
    }
}
