package dev.creatorwatch.alert;

import dev.creatorwatch.testing.TestUsers;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("db")
class TriageApiTest {

    @Inject
    AlertRecorder recorder;

    long creator;
    long alert;
    Instant now = Instant.now();

    @BeforeEach
    void seed() {
        creator = AlertFixtures.creator("Triage " + now.toEpochMilli());
        alert = AlertFixtures.alert(creator, Severity.HIGH, 70, now.minus(1, ChronoUnit.HOURS), "r");
        List.of("erin", "gil", "fay").forEach(TestUsers::as); // assignees are users who can triage
    }

    private static RequestSpecification json(String actor) {
        return TestUsers.as(actor).contentType(ContentType.JSON);
    }

    @Test
    void lifecycleFollowsValidTransitionsAndRecordsHistory() {
        json("ana").body(Map.of("status", "ACKNOWLEDGED")).post("/api/alerts/" + alert + "/status").then()
                .statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        json("ana").body(Map.of("status", "NEW")).post("/api/alerts/" + alert + "/status").then().statusCode(409)
                .contentType("application/problem+json");
        json("ana").body(Map.of("status", "in_progress")).post("/api/alerts/" + alert + "/status").then()
                .statusCode(200).body("status", equalTo("IN_PROGRESS"));
        json("ana").body(Map.of("status", "CLOSED")).post("/api/alerts/" + alert + "/status").then().statusCode(422)
                .body("errors[0].field", equalTo("closeReason"));
        json("ana").body(Map.of("status", "CLOSED", "closeReason", "maybe")).post("/api/alerts/" + alert + "/status")
                .then().statusCode(422);
        json("ben").body(Map.of("status", "CLOSED", "closeReason", "false_positive"))
                .post("/api/alerts/" + alert + "/status").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("FALSE_POSITIVE")).body("closedAt", notNullValue());
        json("ben").body(Map.of("status", "CLOSED", "closeReason", "BENIGN")).post("/api/alerts/" + alert + "/status")
                .then().statusCode(409);
        json("cy").post("/api/alerts/" + alert + "/reopen").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("closeReason", nullValue());
        json("cy").body(Map.of("status", "BOGUS")).post("/api/alerts/" + alert + "/status").then().statusCode(422);
        json("cy").body(Map.of("status", "CLOSED", "closeReason", "BENIGN")).post("/api/alerts/99999999/status")
                .then().statusCode(404);
        given().get("/api/alerts/" + alert + "/history").then().statusCode(200)
                .body("action", contains("status-changed", "status-changed", "closed", "reopened"))
                .body("actor", contains("ana", "ana", "ben", "cy"))
                .body("[2].before.status", equalTo("IN_PROGRESS")).body("[2].after.status", equalTo("CLOSED"))
                .body("[2].after.closeReason", equalTo("FALSE_POSITIVE"));
        given().get("/api/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    void reopenIsRefusedWhenANewerAlertHoldsTheDedupKey() {
        AlertRecorder.Recorded first = QuarkusTransaction.requiringNew().call(() -> recorder.record(
                AlertFixtures.hit("rule-dup", Severity.LOW, "k", "x"), creator, null, null, Tier.MICRO, now));
        json("al").body(Map.of("status", "CLOSED", "closeReason", "DUPLICATE"))
                .post("/api/alerts/" + first.alert().id + "/status").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> recorder.record(
                AlertFixtures.hit("rule-dup", Severity.LOW, "k", "x"), creator, null, null, Tier.MICRO, now));
        json("al").post("/api/alerts/" + first.alert().id + "/reopen").then().statusCode(409);
    }

    @Test
    void tagsAddWithoutReplacingAndRemoveExplicitly() {
        json("al").body(Map.of("tags", List.of("Fraud", "vip"))).post("/api/alerts/" + alert + "/tags").then()
                .statusCode(200).body("tags", contains("fraud", "vip"));
        json("al").body(Map.of("tags", List.of("campaign-q3"))).post("/api/alerts/" + alert + "/tags").then()
                .body("tags", contains("campaign-q3", "fraud", "vip"));
        json("al").delete("/api/alerts/" + alert + "/tags/vip").then().statusCode(200)
                .body("tags", contains("campaign-q3", "fraud"));
        json("al").body(Map.of("tags", List.of("bad tag; drop"))).post("/api/alerts/" + alert + "/tags").then()
                .statusCode(422);
        given().queryParam("tag", "fraud").queryParam("creator", creator).get("/api/alerts").then()
                .body("items", hasSize(1));
        given().get("/api/alerts/" + alert + "/history").then().statusCode(200)
                .body("action", contains("tagged", "tagged", "untagged"))
                .body("[0].before.tags", empty()).body("[0].after.tags", contains("fraud", "vip"))
                .body("[1].before.tags", contains("fraud", "vip"))
                .body("[2].after.tags", contains("campaign-q3", "fraud"));
    }

    @Test
    void commentsAreStoredAndReturnedVerbatim() {
        String hostile = "<script>alert('x')</script> & \"quotes\" =HYPERLINK(\"http://evil\") 日本語";
        json("dana").body(Map.of("text", hostile)).post("/api/alerts/" + alert + "/comments").then().statusCode(201)
                .body("author", equalTo("dana")).body("text", equalTo(hostile));
        given().get("/api/alerts/" + alert + "/comments").then().body("text", contains(hostile));
        json("dana").body(Map.of("text", "x".repeat(4001))).post("/api/alerts/" + alert + "/comments").then()
                .statusCode(422);
        json("dana").body(Map.of("text", "  ")).post("/api/alerts/" + alert + "/comments").then().statusCode(422);
        given().get("/api/alerts/" + alert + "/history").then().body("[-1].action", equalTo("commented"))
                .body("[-1].after.text", equalTo(hostile));
    }

    @Test
    void anAlertIsAssignedOnlyToAnEnabledUserWhoCanTriage() {
        given().contentType(ContentType.JSON).body(Map.of("username", "mo.marketer", "password",
                "a long passphrase", "roles", List.of("marketer"))).post("/api/users").then().statusCode(201);
        long leaver = given().contentType(ContentType.JSON).body(Map.of("username", "lee.left", "password",
                "a long passphrase", "roles", List.of("security"))).post("/api/users").then().extract().jsonPath()
                .getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("enabled", false)).patch("/api/users/" + leaver).then()
                .statusCode(200);
        for (String who : List.of("eirn", "mo.marketer", "lee.left", "x", "erin smith", "er\u0007in")) {
            json("al").body(Map.of("assignee", who)).put("/api/alerts/" + alert + "/assignee").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("assignee"));
            json("al").body(Map.of("ids", List.of(alert), "action", "assign", "assignee", who))
                    .post("/api/alerts/bulk").then().statusCode(422).body("errors[0].field", equalTo("assignee"));
        }
        given().get("/api/alerts/" + alert).then().body("assignee", nullValue());
        given().get("/api/alerts/" + alert + "/history").then().body("", empty());

        // One spelling, as at sign-in: "Erin" is erin, in the alert and in the filter.
        json("al").body(Map.of("assignee", " Erin ")).put("/api/alerts/" + alert + "/assignee").then()
                .statusCode(200).body("assignee", equalTo("erin"));
        given().queryParam("assignee", "ERIN").queryParam("creator", creator).get("/api/alerts").then()
                .body("items", hasSize(1));
        given().queryParam("assignee", "erin' or '1'='1").get("/api/alerts").then().statusCode(422)
                .body("errors[0].field", equalTo("assignee"));
        json("al").body(Map.of("assignee", "")).put("/api/alerts/" + alert + "/assignee").then().statusCode(200)
                .body("assignee", nullValue());
    }

    @Test
    void assigneeAndSnoozeHideFromQueueUntilDue() {
        json("al").body(Map.of("assignee", "erin")).put("/api/alerts/" + alert + "/assignee").then()
                .body("assignee", equalTo("erin"));
        given().queryParam("assignee", "erin").queryParam("creator", creator).get("/api/alerts").then()
                .body("items", hasSize(1));
        given().queryParam("creator", creator).get("/api/alerts/queue").then().body("items", hasSize(1));
        json("al").body(Map.of("until", now.plus(2, ChronoUnit.DAYS).toString())).put("/api/alerts/" + alert
                + "/snooze").then().statusCode(200).body("snoozedUntil", notNullValue());
        given().queryParam("creator", creator).get("/api/alerts/queue").then().body("items", hasSize(0));
        given().queryParam("creator", creator).get("/api/alerts").then().body("items", hasSize(1));
        json("al").body(Map.of("until", now.minus(2, ChronoUnit.DAYS).toString())).put("/api/alerts/" + alert
                + "/snooze").then().statusCode(422);
        json("al").body("{}").put("/api/alerts/" + alert + "/snooze").then().statusCode(200);
        given().queryParam("creator", creator).get("/api/alerts/queue").then().body("items", hasSize(1));
    }

    @Test
    void queueOrdersBySeverityRiskAgeWithKeysetPagesAndShowsSla() {
        long critOld = AlertFixtures.alert(creator, Severity.CRITICAL, 80, now.minus(5, ChronoUnit.HOURS), "c1");
        long critNew = AlertFixtures.alert(creator, Severity.CRITICAL, 80, now.minus(1, ChronoUnit.HOURS), "c2");
        long critRisky = AlertFixtures.alert(creator, Severity.CRITICAL, 90, now.minus(1, ChronoUnit.MINUTES), "c3");
        long low = AlertFixtures.alert(creator, Severity.LOW, 95, now.minus(30, ChronoUnit.DAYS), "l");
        List<Long> expected = List.of(critRisky, critOld, critNew, alert, low);
        List<Long> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            var spec = given().queryParam("creator", creator).queryParam("limit", 2);
            if (after != null) {
                spec.queryParam("after", after);
            }
            var page = spec.get("/api/alerts/queue").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            after = page.getString("next");
        } while (after != null);
        assertThat(seen).containsExactlyElementsOf(expected);
        given().get("/api/alerts/" + critOld).then().body("sla.breached", equalTo(true))
                .body("sla.ageSeconds", org.hamcrest.Matchers.greaterThanOrEqualTo(5 * 3600));
        given().get("/api/alerts/" + critNew).then().body("sla.breached", equalTo(false));
        given().get("/api/alerts/" + low).then().body("sla.breached", equalTo(true));
        given().get("/api/alerts/" + alert).then().body("sla.breached", equalTo(false));
        given().queryParam("after", "garbage").get("/api/alerts/queue").then().statusCode(422);

        var groups = given().queryParam("limit", 200).get("/api/alerts/by-creator").then().statusCode(200)
                .extract().jsonPath();
        int i = groups.getList("creator.id", Long.class).indexOf(creator);
        assertThat(i).isNotNegative();
        assertThat(groups.getInt("[" + i + "].open")).isEqualTo(5);
        assertThat(groups.getInt("[" + i + "].openBySeverity.CRITICAL")).isEqualTo(3);
        assertThat(groups.getInt("[" + i + "].openBySeverity.MEDIUM")).isZero();
        assertThat(groups.getInt("[" + i + "].maxRisk")).isEqualTo(95);
    }

    @Test
    void tagFiltersIgnoreCaseAsTagsAreStoredLowerCase() {
        json("al").body(Map.of("tags", List.of("Phishing"))).post("/api/alerts/" + alert + "/tags").then()
                .statusCode(200).body("tags", contains("phishing"));
        given().queryParam("tag", " Phishing ").queryParam("creator", creator).get("/api/alerts").then()
                .statusCode(200).body("items", hasSize(1));
        given().queryParam("tag", "PHISHING").queryParam("creator", creator).get("/api/alerts/queue").then()
                .statusCode(200).body("items", hasSize(1));
        json("al").body(Map.of("filter", Map.of("creator", creator, "tag", "Phishing"), "action", "assign",
                "assignee", "gil")).post("/api/alerts/bulk").then().statusCode(200).body("matched", equalTo(1));
    }

    @Test
    void closingClearsTheSnoozeSoAReopenedAlertIsBackInTheQueue() {
        json("al").body(Map.of("until", now.plus(2, ChronoUnit.DAYS).toString()))
                .put("/api/alerts/" + alert + "/snooze").then().statusCode(200);
        json("al").body(Map.of("status", "CLOSED", "closeReason", "BENIGN")).post("/api/alerts/" + alert + "/status")
                .then().statusCode(200).body("snoozedUntil", nullValue());
        json("al").post("/api/alerts/" + alert + "/reopen").then().statusCode(200).body("snoozedUntil", nullValue());
        given().queryParam("creator", creator).get("/api/alerts/queue").then().body("items.id", contains((int) alert));
        given().get("/api/alerts/" + alert + "/history").then()
                .body("action", contains("snoozed", "closed", "reopened"))
                .body("[1].before.snoozedUntil", notNullValue()).body("[1].after.snoozedUntil", nullValue());
    }

    @Test
    void reopeningClearsASnoozeLeftOnAClosedAlert() {
        // A closed alert that kept its snooze (closed before closing cleared it): reopening wakes it.
        json("al").body(Map.of("status", "CLOSED", "closeReason", "BENIGN")).post("/api/alerts/" + alert + "/status")
                .then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Alert.<Alert>findById(alert).snoozedUntil =
                now.plus(2, ChronoUnit.DAYS));
        json("al").body(Map.of("status", "IN_PROGRESS")).post("/api/alerts/" + alert + "/status").then()
                .statusCode(200).body("snoozedUntil", nullValue());
        given().queryParam("creator", creator).get("/api/alerts/queue").then().body("items.id", contains((int) alert));
        given().get("/api/alerts/" + alert + "/history").then().body("[-1].action", equalTo("reopened"))
                .body("[-1].before.snoozedUntil", notNullValue()).body("[-1].after.snoozedUntil", nullValue());
    }

    @Test
    void aTagIsMeasuredInTheUnitOfItsColumn() {
        String bold = "\uD835\uDC00"; // U+1D400, outside the BMP: one code point, two UTF-16 chars
        json("al").body(Map.of("tags", List.of(bold.repeat(33)))).post("/api/alerts/" + alert + "/tags").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("tags"))
                .body("errors[0].message", containsString("at most 64 UTF-16 characters"));
        json("al").body(Map.of("tags", List.of(bold.repeat(32)))).post("/api/alerts/" + alert + "/tags").then()
                .statusCode(200).body("tags", contains(bold.repeat(32)));
        json("al").body(Map.of("tags", List.of("t" + "x".repeat(63)))).post("/api/alerts/" + alert + "/tags")
                .then().statusCode(200);
        json("al").body(Map.of("tags", List.of("t" + "x".repeat(64)))).post("/api/alerts/" + alert + "/tags")
                .then().statusCode(422);
    }

    @Test
    void theQueueAppliesTheListFilters() {
        long older = AlertFixtures.alert(creator, Severity.LOW, 20, now.minus(3, ChronoUnit.DAYS), "old");
        json("al").body(Map.of("status", "IN_PROGRESS")).post("/api/alerts/" + older + "/status").then()
                .statusCode(200);
        given().queryParam("creator", creator).get("/api/alerts/queue").then().body("items", hasSize(2));
        given().queryParam("creator", creator).queryParam("status", "in_progress").get("/api/alerts/queue").then()
                .statusCode(200).body("items.id", contains((int) older));
        given().queryParam("creator", creator).queryParam("to", now.minus(1, ChronoUnit.DAYS).toString())
                .get("/api/alerts/queue").then().statusCode(200).body("items.id", contains((int) older));
        given().queryParam("creator", creator).queryParam("from", now.minus(2, ChronoUnit.HOURS).toString())
                .get("/api/alerts/queue").then().statusCode(200).body("items.id", contains((int) alert));
        given().queryParam("from", "notadate").get("/api/alerts/queue").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("to", "soon").get("/api/alerts/queue").then().statusCode(422)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("status", "OPEN").get("/api/alerts/queue").then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("status", "CLOSED").get("/api/alerts/queue").then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aSnoozeEndsWithinAYear() {
        json("al").body(Map.of("until", "+1000000000-01-01T00:00:00Z")).put("/api/alerts/" + alert + "/snooze")
                .then().statusCode(422).body("errors[0].field", equalTo("until"))
                .body("errors[0].message", containsString("365 days"));
        json("al").body(Map.of("until", now.plus(400, ChronoUnit.DAYS).toString()))
                .put("/api/alerts/" + alert + "/snooze").then().statusCode(422);
        json("al").body(Map.of("until", now.plus(300, ChronoUnit.DAYS).toString()))
                .put("/api/alerts/" + alert + "/snooze").then().statusCode(200);
    }

    @Test
    void bulkByIdsAndByFilterReportsPerIdFailures() {
        long second = AlertFixtures.alert(creator, Severity.LOW, 20, now, "b");
        json("al").body(Map.of("status", "CLOSED", "closeReason", "BENIGN")).post("/api/alerts/" + second + "/status")
                .then().statusCode(200);
        json("bulk").body(Map.of("ids", List.of(alert, second, 99999999L), "action", "status", "status",
                "ACKNOWLEDGED")).post("/api/alerts/bulk").then().statusCode(200)
                .body("matched", equalTo(2)).body("succeeded", equalTo(2))
                .body("notFound", contains(99999999)).body("failures", empty());
        json("bulk").body(Map.of("ids", List.of(alert, second), "action", "status", "status", "NEW"))
                .post("/api/alerts/bulk").then().statusCode(200).body("succeeded", equalTo(0))
                .body("failures.status", containsInAnyOrder(409, 409));
        json("bulk").body(Map.of("filter", Map.of("creator", creator), "action", "tag", "tags", List.of("wave1")))
                .post("/api/alerts/bulk").then().statusCode(200).body("matched", equalTo(2))
                .body("succeeded", equalTo(2));
        given().queryParam("tag", "wave1").queryParam("creator", creator).get("/api/alerts").then()
                .body("items", hasSize(2));
        json("bulk").body(Map.of("filter", Map.of("creator", creator, "severity", List.of("high")), "action",
                "assign", "assignee", "fay")).post("/api/alerts/bulk").then().body("matched", equalTo(1));
        json("bulk").body(Map.of("filter", Map.of("status", List.of("OPEN; drop table alert")), "action", "assign",
                "assignee", "fay")).post("/api/alerts/bulk").then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
        json("bulk").body(Map.of("filter", Map.of("rule", "x' or '1'='1"), "action", "assign", "assignee", "fay"))
                .post("/api/alerts/bulk").then().statusCode(200).body("matched", equalTo(0));
        json("bulk").body(Map.of("action", "assign")).post("/api/alerts/bulk").then().statusCode(422);
        json("bulk").body(Map.of("ids", List.of(alert), "action", "explode")).post("/api/alerts/bulk").then()
                .statusCode(422);
    }

    @Test
    void suppressionStopsNewAlertsAndCountsThem() {
        long other = AlertFixtures.creator("Other");
        long sid = json("sec").body(Map.of("ruleId", "engagement-low-rate", "creatorId", creator, "reason", "known promo",
                "expiresAt", now.plus(1, ChronoUnit.DAYS).toString())).post("/api/suppressions").then()
                .statusCode(201).body("active", equalTo(true)).extract().jsonPath().getLong("id");
        AlertRecorder.Recorded r = QuarkusTransaction.requiringNew().call(() -> recorder.record(
                AlertFixtures.hit("engagement-low-rate", Severity.HIGH, "k1", "x"), creator, null, null, Tier.MICRO, now));
        assertThat(r.suppressed()).isTrue();
        assertThat(r.alert()).isNull();
        QuarkusTransaction.requiringNew().run(() -> recorder.record(
                AlertFixtures.hit("engagement-low-rate", Severity.HIGH, "k2", "x"), creator, null, null, Tier.MICRO, now));
        AlertRecorder.Recorded otherCreator = QuarkusTransaction.requiringNew().call(() -> recorder.record(
                AlertFixtures.hit("engagement-low-rate", Severity.HIGH, "k1", "x"), other, null, null, Tier.MICRO, now));
        assertThat(otherCreator.opened()).isTrue();
        given().get("/api/suppressions/" + sid).then().body("suppressedCount", equalTo(2))
                .body("lastSuppressedAt", notNullValue());
        given().queryParam("rule", "engagement-low-rate").queryParam("creator", creator).get("/api/alerts").then()
                .body("items", hasSize(0));
        // By dedup key, and expired / revoked suppressions no longer apply.
        String key = otherCreator.alert().dedupKey;
        json("sec").body(Map.of("status", "CLOSED", "closeReason", "BENIGN"))
                .post("/api/alerts/" + otherCreator.alert().id + "/status").then().statusCode(200);
        long byKey = json("sec").body(Map.of("dedupKey", key, "reason", "benign", "expiresAt",
                now.plus(1, ChronoUnit.DAYS).toString())).post("/api/suppressions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertThat(QuarkusTransaction.requiringNew().call(() -> recorder.record(
                AlertFixtures.hit("engagement-low-rate", Severity.HIGH, "k1", "x"), other, null, null, Tier.MICRO, now))
                .suppressed()).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> recorder.record(AlertFixtures.hit("engagement-low-rate",
                Severity.HIGH, "k1", "x"), other, null, null, Tier.MICRO, now.plus(2, ChronoUnit.DAYS))).opened())
                .isTrue();
        json("sec").delete("/api/suppressions/" + byKey).then().statusCode(200).body("active", equalTo(false));
        json("sec").delete("/api/suppressions/" + byKey).then().statusCode(409);
        given().queryParam("entityType", "suppression").queryParam("entityId", byKey).get("/api/audit").then()
                .body("items.action", contains("created", "revoked")).body("items[0].actor", equalTo("sec"));
        json("sec").body(Map.of("reason", "no target", "expiresAt", now.plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/suppressions").then().statusCode(422);
        json("sec").body(Map.of("dedupKey", "k", "reason", "past", "expiresAt", now.minusSeconds(5).toString()))
                .post("/api/suppressions").then().statusCode(422).body("errors[0].field", equalTo("expiresAt"));
    }
}
