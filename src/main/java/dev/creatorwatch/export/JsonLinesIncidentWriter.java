package dev.creatorwatch.export;

import static dev.creatorwatch.export.IncidentJson.field;
import static dev.creatorwatch.export.IncidentJson.name;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;

/** One JSON object per line: the alert's fields, its comments and history. */
final class JsonLinesIncidentWriter extends JsonLineWriter {

    private static final SerializableString ID = name("id");
    private static final SerializableString RULE_ID = name("ruleId");
    private static final SerializableString RULE_VERSION = name("ruleVersion");
    private static final SerializableString TITLE = name("title");
    private static final SerializableString SEVERITY = name("severity");
    private static final SerializableString RISK_SCORE = name("riskScore");
    private static final SerializableString STATUS = name("status");
    private static final SerializableString CLOSE_REASON = name("closeReason");
    private static final SerializableString CLOSED_AT = name("closedAt");
    private static final SerializableString ASSIGNEE = name("assignee");
    private static final SerializableString TAGS = name("tags");
    private static final SerializableString CREATOR = name("creator");
    private static final SerializableString ACCOUNT_ID = name("accountId");
    private static final SerializableString TIER_AT_DETECTION = name("tierAtDetection");
    private static final SerializableString FIRST_SEEN = name("firstSeen");
    private static final SerializableString LAST_SEEN = name("lastSeen");
    private static final SerializableString OCCURRENCE_COUNT = name("occurrenceCount");
    private static final SerializableString REASON = name("reason");
    private static final SerializableString EVIDENCE = name("evidence");
    private static final SerializableString COMMENTS = name("comments");
    private static final SerializableString HISTORY = name("history");

    JsonLinesIncidentWriter(OutputStream out) throws IOException {
        super(out);
    }

    @Override
    void fields(JsonGenerator g, Incident i) throws IOException {
        Incident.AlertRow a = i.alert();
        field(g, ID, a.id());
        field(g, RULE_ID, a.ruleId());
        field(g, RULE_VERSION, a.ruleVersion());
        field(g, TITLE, a.title());
        field(g, SEVERITY, a.severity());
        field(g, RISK_SCORE, a.riskScore());
        field(g, STATUS, a.status());
        field(g, CLOSE_REASON, a.closeReason());
        field(g, CLOSED_AT, a.closedAt());
        field(g, ASSIGNEE, a.assignee());
        g.writeFieldName(TAGS);
        IncidentJson.texts(g, i.tags());
        g.writeFieldName(CREATOR);
        IncidentJson.creator(g, a);
        field(g, ACCOUNT_ID, a.accountId());
        field(g, TIER_AT_DETECTION, a.tierAtDetection());
        field(g, FIRST_SEEN, a.firstSeen());
        field(g, LAST_SEEN, a.lastSeen());
        field(g, OCCURRENCE_COUNT, a.occurrenceCount());
        field(g, REASON, a.reason());
        g.writeFieldName(EVIDENCE);
        StoredJson.write(g, a.evidence());
        g.writeFieldName(COMMENTS);
        IncidentJson.comments(g, i.comments());
        g.writeFieldName(HISTORY);
        IncidentJson.history(g, i.history());
    }
}
