package dev.creatorwatch.export;

import dev.creatorwatch.testing.TestUsers;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.alert.AlertFixtures;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.rules.Severity;
import io.restassured.http.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("db")
class ExportApiTest {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil\",\"click\")", "+1", "-2", "@SUM(A1:A9)",
            "\tTabbed", "\rCarriage", "日本語のバイオ <script>alert(1)</script>");

    @Inject
    EntityManager em;
    @Inject
    ExportSlots slots;

    long creator;
    List<Long> alerts = new ArrayList<>();

    @BeforeEach
    void seed() {
        creator = AlertFixtures.creator("日本語のバイオ");
        Instant t = Instant.now();
        for (String reason : HOSTILE) {
            alerts.add(AlertFixtures.alert(creator, Severity.MEDIUM, 45, t, reason));
        }
        TestUsers.as("sec").contentType(ContentType.JSON).body(Map.of("text", "=cmd|' /C calc'!A0"))
                .post("/api/alerts/" + alerts.get(0) + "/comments").then().statusCode(201);
        TestUsers.as("sec").contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED", "closeReason", "TRUE_POSITIVE"))
                .post("/api/alerts/" + alerts.get(0) + "/status").then().statusCode(200);
        TestUsers.as("sec").contentType(ContentType.JSON).body(Map.of("tags", List.of("vip", "brand:acme", "legal")))
                .post("/api/alerts/" + alerts.get(1) + "/tags").then().statusCode(200);
    }

    @Test
    void csvRoundTripsJapaneseAndNeutralizesFormulas() throws Exception {
        byte[] body = TestUsers.as("compliance").queryParam("format", "csv")
                .queryParam("creator", creator).get("/api/exports/incidents").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(HOSTILE.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            String original = HOSTILE.get(i);
            String expected = original.startsWith("日") ? original : "'" + original;
            assertThat(rows.get(i).get("reason")).isEqualTo(expected);
            assertThat(rows.get(i).get("creator_name")).isEqualTo("日本語のバイオ");
        }
        CSVRecord closed = rows.get(0);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("close_reason")).isEqualTo("TRUE_POSITIVE");
        JsonNode comments = Json.MAPPER.readTree(closed.get("comments"));
        assertThat(comments.get(0).get("text").asText()).isEqualTo("=cmd|' /C calc'!A0");
        JsonNode history = Json.MAPPER.readTree(closed.get("history"));
        assertThat(history.get(history.size() - 1).get("action").asText()).isEqualTo("closed");
        given().queryParam("entityType", "export").queryParam("actor", "compliance").get("/api/audit").then()
                .body("items[-1].after.format", equalTo("CSV")).body("items[-1].after.rows", equalTo(7))
                .body("items[-1].after.completed", equalTo(true))
                .body("items[-1].after.filters.creator", equalTo((int) creator));
    }

    @Test
    void jsonLinesCarryCommentsAndHistory() throws Exception {
        String body = given().queryParam("format", "jsonl").queryParam("creator", creator)
                .get("/api/exports/incidents").then().statusCode(200).extract().asString();
        String[] lines = body.split("\n");
        assertThat(lines).hasSize(HOSTILE.size());
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        assertThat(first.get("id").asLong()).isEqualTo(alerts.get(0));
        assertThat(first.get("comments").get(0).get("author").asText()).isEqualTo("sec");
        assertThat(first.get("history").get(0).get("after").get("text").asText()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(Json.MAPPER.readTree(lines[6]).get("reason").asText()).isEqualTo(HOSTILE.get(6));
    }

    @Test
    void ocsfFindingsHaveTheRequiredFields() throws Exception {
        String body = given().queryParam("format", "ocsf").queryParam("creator", creator)
                .get("/api/exports/incidents").then().statusCode(200).extract().asString();
        String[] lines = body.split("\n");
        assertThat(lines).hasSize(HOSTILE.size());
        for (String line : lines) {
            JsonNode f = Json.MAPPER.readTree(line);
            assertThat(f.get("class_uid").asInt()).isEqualTo(2004);
            assertThat(f.get("category_uid").asInt()).isEqualTo(2);
            int activity = f.get("activity_id").asInt();
            assertThat(f.get("type_uid").asInt()).isEqualTo(2004 * 100 + activity);
            assertThat(f.get("severity_id").asInt()).isEqualTo(3);
            assertThat(f.get("time").asLong()).isPositive();
            assertThat(f.get("finding_info").get("uid").asText()).isNotBlank();
            assertThat(f.get("finding_info").get("title").asText()).isEqualTo("Follower jump");
            assertThat(f.get("metadata").get("product").get("name").asText()).isNotBlank();
            assertThat(f.get("metadata").get("product").get("vendor_name").asText()).isNotBlank();
            assertThat(f.get("metadata").get("version").asText()).isEqualTo("1.1.0");
            assertThat(f.has("status_id")).isTrue();
        }
        JsonNode closed = Json.MAPPER.readTree(lines[0]);
        assertThat(closed.get("activity_id").asInt()).isEqualTo(3);
        assertThat(closed.get("status_id").asInt()).isEqualTo(4);
        assertThat(closed.get("status").asText()).isEqualTo("Resolved");
        assertThat(closed.get("status_detail").asText()).isEqualTo("Closed");
    }

    @Test
    void badParametersAreRejectedBeforeStreaming() {
        given().queryParam("format", "xlsx").get("/api/exports/incidents").then().statusCode(422)
                .body("errors[0].field", equalTo("format"));
        given().get("/api/exports/incidents").then().statusCode(422);
        given().queryParam("format", "csv").queryParam("severity", "1; drop table alert").get("/api/exports/incidents")
                .then().statusCode(422).body("errors[0].field", equalTo("severity"));
        given().queryParam("format", "jsonl").queryParam("rule", "' or 1=1 --").get("/api/exports/incidents").then()
                .statusCode(200).body(equalTo(""));
    }

    @Test
    void jsonLinesAreExactlyWhatTheMapperWritesForTheirContent() throws Exception {
        for (String format : List.of("jsonl", "ocsf")) {
            String body = given().queryParam("format", format).queryParam("creator", creator)
                    .get("/api/exports/incidents").then().statusCode(200).extract().asString();
            String[] lines = body.split("\n");
            assertThat(lines).as(format).hasSize(HOSTILE.size());
            for (String line : lines) {
                // Stored JSON is passed through, not re-serialized: it must still come out as the mapper writes it
                // (the fixture's evidence is stored with a space, which the export drops).
                assertThat(line).as(format).isEqualTo(Json.write(Json.MAPPER.readTree(line)))
                        .contains("{\"followers\":1000}");
            }
        }
        String jsonl = given().queryParam("format", "jsonl").queryParam("creator", creator)
                .get("/api/exports/incidents").then().statusCode(200).extract().asString();
        JsonNode tagged = Json.MAPPER.readTree(jsonl.split("\n")[1]);
        assertThat(tagged.get("tags").toString()).isEqualTo("[\"brand:acme\",\"legal\",\"vip\"]");
        assertThat(tagged.get("creator").toString()).isEqualTo("{\"id\":" + creator + ",\"name\":\"日本語のバイオ\"}");
    }

    @Test
    void historyChangedOutsideTheAppIsExportedAsTextAndLinesStayWhole() throws Exception {
        long closedSeq = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select seq from audit_entry where entity_type = 'alert' and entity_id = ?1 and action = 'closed'")
                .setParameter(1, String.valueOf(alerts.get(0))).getSingleResult()).longValue());
        Object[] original = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select before_json, after_json from audit_entry where seq = ?1").setParameter(1, closedSeq)
                .getSingleResult());
        String spaced = "{\n  \"status\": \"NEW\"\n}";
        String broken = "{\"status\":\"CLOSED\"\n";
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update audit_entry set before_json = ?1, after_json = ?2 where seq = ?3").setParameter(1, spaced)
                    .setParameter(2, broken).setParameter(3, closedSeq).executeUpdate());
            for (String format : List.of("jsonl", "ocsf")) {
                String body = given().queryParam("format", format).queryParam("creator", creator)
                        .get("/api/exports/incidents").then().statusCode(200).extract().asString();
                String[] lines = body.split("\n");
                assertThat(lines).as(format).hasSize(HOSTILE.size());
                JsonNode first = Json.MAPPER.readTree(lines[0]);
                JsonNode history = (format.equals("ocsf") ? first.get("unmapped") : first).get("history");
                JsonNode closed = history.get(history.size() - 1);
                assertThat(closed.get("action").asText()).isEqualTo("closed");
                assertThat(closed.get("before").toString()).isEqualTo("{\"status\":\"NEW\"}");
                assertThat(closed.get("after").isTextual()).isTrue();
                assertThat(closed.get("after").asText()).isEqualTo(broken);
            }
            byte[] csv = given().queryParam("format", "csv").queryParam("creator", creator)
                    .get("/api/exports/incidents").then().statusCode(200).extract().asByteArray();
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
            JsonNode history = Json.MAPPER.readTree(rows.get(0).get("history"));
            assertThat(history.get(history.size() - 1).get("after").asText()).isEqualTo(broken);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update audit_entry set before_json = ?1, after_json = ?2 where seq = ?3")
                    .setParameter(1, original[0]).setParameter(2, original[1]).setParameter(3, closedSeq)
                    .executeUpdate());
        }
    }

    @Test
    void anExportBeyondTheConcurrentLimitIsRefusedUntilASlotIsFree() {
        // The default allows two at once; hold both as two running exports would.
        ExportSlots.Slot first = slots.take();
        ExportSlots.Slot second = slots.take();
        try {
            TestUsers.as("compliance").queryParam("format", "jsonl").get("/api/exports/incidents").then()
                    .statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        } finally {
            first.close();
            second.close();
        }
        TestUsers.as("compliance").queryParam("format", "jsonl").get("/api/exports/incidents").then().statusCode(200);
        TestUsers.as("compliance").queryParam("format", "jsonl").get("/api/exports/incidents").then().statusCode(200);
    }

    @Test
    void headAnswersTheExportsHeadersWithoutHoldingASlot() {
        for (int i = 0; i < 3; i++) {
            TestUsers.as("compliance").queryParam("format", "csv").head("/api/exports/incidents").then()
                    .statusCode(200).header("Content-Disposition", "attachment; filename=\"incidents.csv\"");
        }
        TestUsers.as("compliance").queryParam("format", "bogus").head("/api/exports/incidents").then().statusCode(422);
        ExportSlots.Slot first = slots.take();
        ExportSlots.Slot second = slots.take();
        first.close();
        second.close();
    }
}
