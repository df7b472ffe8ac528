package dev.creatorwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/** One JSON object per line: the alert's fields, its comments and history. */
final class JsonLinesIncidentWriter extends JsonLineWriter {

    JsonLinesIncidentWriter(OutputStream out) throws IOException {
        super(out);
    }

    @Override
    void fields(JsonGenerator g, Incident i) throws IOException {
        Incident.AlertRow a = i.alert();
        g.writeNumberField("id", a.id());
        g.writeStringField("ruleId", a.ruleId());
        g.writeNumberField("ruleVersion", a.ruleVersion());
        g.writeStringField("title", a.title());
        g.writeStringField("severity", a.severity().name());
        g.writeNumberField("riskScore", a.riskScore());
        g.writeStringField("status", a.status().name());
        g.writeStringField("closeReason", a.closeReason() == null ? null : a.closeReason().name());
        g.writeFieldName("closedAt");
        IncidentJson.instant(g, a.closedAt());
        g.writeStringField("assignee", a.assignee());
        g.writeFieldName("tags");
        IncidentJson.strings(g, i.tags());
        g.writeFieldName("creator");
        IncidentJson.creator(g, a);
        g.writeFieldName("accountId");
        IncidentJson.number(g, a.accountId());
        g.writeStringField("tierAtDetection", a.tierAtDetection().name());
        g.writeFieldName("firstSeen");
        IncidentJson.instant(g, a.firstSeen());
        g.writeFieldName("lastSeen");
        IncidentJson.instant(g, a.lastSeen());
        g.writeNumberField("occurrenceCount", a.occurrenceCount());
        g.writeStringField("reason", a.reason());
        g.writeFieldName("evidence");
        StoredJson.write(g, a.evidence());
        g.writeFieldName("comments");
        IncidentJson.comments(g, i.comments());
        g.writeFieldName("history");
        IncidentJson.history(g, i.history());
    }
}
