package dev.creatorwatch.export;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON object per line: the alert's fields, its comments and history. */
final class JsonLinesIncidentWriter implements IncidentWriter {

    private final Writer out;

    JsonLinesIncidentWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Incident i) throws IOException {
        Alert a = i.alert();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id);
        m.put("ruleId", a.ruleId);
        m.put("ruleVersion", a.ruleVersion);
        m.put("title", a.title);
        m.put("severity", a.severity);
        m.put("riskScore", a.riskScore);
        m.put("status", a.status);
        m.put("closeReason", a.closeReason);
        m.put("closedAt", a.closedAt);
        m.put("assignee", a.assignee);
        m.put("tags", a.tags);
        m.put("creator", Map.of("id", a.creatorId, "name", String.valueOf(i.creatorName())));
        m.put("accountId", a.accountId);
        m.put("tierAtDetection", a.tierAtDetection);
        m.put("firstSeen", a.firstSeen);
        m.put("lastSeen", a.lastSeen);
        m.put("occurrenceCount", a.occurrenceCount);
        m.put("reason", a.reason);
        m.put("evidence", Json.MAPPER.readTree(a.evidence));
        m.put("comments", i.comments());
        m.put("history", i.history());
        out.write(Json.write(m));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
