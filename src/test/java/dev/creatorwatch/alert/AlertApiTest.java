package dev.creatorwatch.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.creatorwatch.creator.Creator;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("db")
class AlertApiTest {

    long creatorId;
    Instant base = Instant.parse("2026-01-01T00:00:00Z").plus((long) (Math.random() * 100_000), ChronoUnit.DAYS);

    @BeforeEach
    void seed() {
        creatorId = QuarkusTransaction.requiringNew().call(() -> {
            Creator c = new Creator();
            c.name = "Alerted";
            c.tier = Tier.MICRO;
            c.createdAt = base;
            c.updatedAt = base;
            c.persist();
            for (int i = 0; i < 5; i++) {
                Alert a = new Alert();
                a.ruleId = i % 2 == 0 ? "follower-jump" : "engagement-low-rate";
                a.ruleVersion = 1;
                a.title = "t" + i;
                a.severity = i % 2 == 0 ? Severity.HIGH : Severity.MEDIUM;
                a.riskScore = 50;
                a.creatorId = c.id;
                a.tierAtDetection = Tier.NANO;
                a.reason = "reason <script>alert(1)</script> " + i;
                a.evidence = "{\"n\": " + i + "}";
                a.status = AlertStatus.NEW;
                a.dedupKey = "k" + i + c.id;
                a.firstSeen = base.plusSeconds(i);
                a.lastSeen = base.plusSeconds(i);
                a.occurrenceCount = 1;
                a.createdAt = base;
                a.updatedAt = base;
                a.persist();
            }
            return c.id;
        });
    }

    @Test
    void filtersCombineAndPagesAreStable() {
        given().queryParam("creator", creatorId).get("/api/alerts").then().statusCode(200)
                .body("items", hasSize(5))
                .body("items[0].title", equalTo("t4"))
                .body("items.creator.tier", everyItem(equalTo("MICRO")))
                .body("items[0].tierAtDetection", equalTo("NANO"))
                .body("items[0].evidence.n", equalTo(4))
                .body("items[0].reason", equalTo("reason <script>alert(1)</script> 4"));
        given().queryParam("creator", creatorId).queryParam("severity", "high").get("/api/alerts").then()
                .body("items", hasSize(3));
        given().queryParam("creator", creatorId).queryParam("rule", "engagement-low-rate")
                .queryParam("status", "NEW,ACKNOWLEDGED").get("/api/alerts").then().body("items", hasSize(2));
        given().queryParam("creator", creatorId).queryParam("tier", "micro").get("/api/alerts").then()
                .body("items", hasSize(5));
        given().queryParam("creator", creatorId).queryParam("tier", "mega").get("/api/alerts").then()
                .body("items", hasSize(0));
        given().queryParam("creator", creatorId).queryParam("from", base.plusSeconds(2).toString())
                .queryParam("to", base.plusSeconds(4).toString()).get("/api/alerts").then()
                .body("items", hasSize(2));
        String next = given().queryParam("creator", creatorId).queryParam("limit", 3).get("/api/alerts").then()
                .body("items", hasSize(3)).body("next", notNullValue()).extract().jsonPath().getString("next");
        given().queryParam("creator", creatorId).queryParam("limit", 3).queryParam("after", next)
                .get("/api/alerts").then().body("items", hasSize(2)).body("items[0].title", equalTo("t1"));
    }

    @Test
    void badFiltersAreRejectedNotIgnored() {
        given().queryParam("status", "OPEN; drop table alert").get("/api/alerts").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().queryParam("severity", "urgent").get("/api/alerts").then().statusCode(422);
        given().queryParam("platform", "friendster").get("/api/alerts").then().statusCode(422);
        given().queryParam("from", "yesterday").get("/api/alerts").then().statusCode(422)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("limit", 1000).get("/api/alerts").then().statusCode(422);
        given().queryParam("rule", "x' or '1'='1").get("/api/alerts").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void oneAlert() {
        long id = given().queryParam("creator", creatorId).get("/api/alerts").jsonPath().getLong("items[0].id");
        given().get("/api/alerts/" + id).then().statusCode(200).body("creator.name", equalTo("Alerted"));
        given().get("/api/alerts/99999999").then().statusCode(404).contentType("application/problem+json");
    }
}
