package dev.creatorwatch.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleApiTest {

    @Test
    void listsRulesWithTheirParametersAndReloads() {
        given().get("/api/rules").then().statusCode(200)
                .body("rules.id", hasItem("follower-jump"))
                .body("refused", hasSize(0));
        given().get("/api/rules/follower-jump").then().statusCode(200)
                .body("version", equalTo(3))
                .body("level", equalTo("HIGH"))
                .body("parameters.minAbsoluteGrowth", equalTo(1000));
        given().get("/api/rules/no-such-rule").then().statusCode(404).contentType("application/problem+json");
        given().post("/api/rules/reload").then().statusCode(200).body("refused", hasSize(0));
    }
}
