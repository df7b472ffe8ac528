package dev.creatorwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * OCSF 1.1 Detection Finding (class_uid 2004, category_uid 2 "Findings"), one finding per line. Activity: 1 Create
 * (seen once, open), 2 Update (repeated or triaged), 3 Close. Our comments and history go under {@code unmapped}.
 */
final class OcsfIncidentWriter extends JsonLineWriter {

    static final int CLASS_UID = 2004;
    static final int CATEGORY_UID = 2;
    static final String OCSF_VERSION = "1.1.0";

    private static final String[] ACTIVITY_NAMES = {null, "Create", "Update", "Close"};
    private static final Map<Severity, String> SEVERITY_NAMES = captions(Severity.class);
    private static final Map<AlertStatus, String> STATUS_NAMES = captions(AlertStatus.class);

    OcsfIncidentWriter(OutputStream out) throws IOException {
        super(out);
    }

    @Override
    void fields(JsonGenerator g, Incident i) throws IOException {
        Incident.AlertRow a = i.alert();
        int activity = a.status() == AlertStatus.CLOSED ? 3
                : a.status() == AlertStatus.NEW && a.occurrenceCount() == 1 ? 1 : 2;
        g.writeNumberField("activity_id", activity);
        g.writeStringField("activity_name", ACTIVITY_NAMES[activity]);
        g.writeNumberField("category_uid", CATEGORY_UID);
        g.writeStringField("category_name", "Findings");
        g.writeNumberField("class_uid", CLASS_UID);
        g.writeStringField("class_name", "Detection Finding");
        g.writeNumberField("type_uid", CLASS_UID * 100 + activity);
        g.writeNumberField("time", a.lastSeen().toEpochMilli());
        g.writeNumberField("severity_id", a.severity().ordinal() + 1);
        g.writeStringField("severity", SEVERITY_NAMES.get(a.severity()));
        g.writeNumberField("status_id", statusId(a.status()));
        // OCSF wants the caption of status_id here; our own triage state (finer than OCSF's) goes to status_detail.
        g.writeStringField("status", statusCaption(a.status()));
        g.writeStringField("status_detail", STATUS_NAMES.get(a.status()));
        g.writeStringField("message", a.reason());
        g.writeNumberField("risk_score", a.riskScore());
        g.writeNumberField("count", a.occurrenceCount());
        g.writeNumberField("start_time", a.firstSeen().toEpochMilli());
        g.writeNumberField("end_time", a.lastSeen().toEpochMilli());

        g.writeObjectFieldStart("finding_info");
        g.writeStringField("uid", Long.toString(a.id()));
        g.writeStringField("title", a.title());
        g.writeStringField("desc", a.reason());
        g.writeArrayFieldStart("types");
        g.writeString(a.ruleId());
        g.writeEndArray();
        g.writeNumberField("first_seen_time", a.firstSeen().toEpochMilli());
        g.writeNumberField("last_seen_time", a.lastSeen().toEpochMilli());
        g.writeNumberField("created_time", a.createdAt().toEpochMilli());
        g.writeNumberField("modified_time", a.updatedAt().toEpochMilli());
        g.writeObjectFieldStart("analytic");
        g.writeStringField("uid", a.ruleId());
        g.writeStringField("name", a.title());
        g.writeNumberField("type_id", 1);
        g.writeStringField("type", "Rule");
        g.writeStringField("version", Integer.toString(a.ruleVersion()));
        g.writeEndObject();
        g.writeEndObject();

        g.writeObjectFieldStart("metadata");
        g.writeStringField("version", OCSF_VERSION);
        g.writeObjectFieldStart("product");
        g.writeStringField("name", "Creator risk monitor");
        g.writeStringField("vendor_name", "creatorwatch");
        g.writeEndObject();
        g.writeEndObject();

        g.writeArrayFieldStart("evidences");
        g.writeStartObject();
        g.writeFieldName("data");
        StoredJson.write(g, a.evidence());
        g.writeEndObject();
        g.writeEndArray();

        g.writeObjectFieldStart("unmapped");
        g.writeFieldName("creator");
        IncidentJson.creator(g, a);
        g.writeFieldName("account_id");
        IncidentJson.number(g, a.accountId());
        g.writeStringField("tier_at_detection", a.tierAtDetection().name());
        g.writeStringField("close_reason", a.closeReason() == null ? null : a.closeReason().name());
        g.writeStringField("assignee", a.assignee());
        g.writeFieldName("tags");
        IncidentJson.strings(g, i.tags());
        g.writeFieldName("comments");
        IncidentJson.comments(g, i.comments());
        g.writeFieldName("history");
        IncidentJson.history(g, i.history());
        g.writeEndObject();
    }

    /** OCSF finding status: 1 New, 2 In Progress, 4 Resolved. */
    static int statusId(AlertStatus s) {
        return switch (s) {
            case NEW -> 1;
            case ACKNOWLEDGED, IN_PROGRESS -> 2;
            case CLOSED -> 4;
        };
    }

    /** The OCSF caption of {@link #statusId}. */
    static String statusCaption(AlertStatus s) {
        return switch (statusId(s)) {
            case 1 -> "New";
            case 2 -> "In Progress";
            default -> "Resolved";
        };
    }

    /** "IN_PROGRESS" -> "In progress", once per constant rather than once per row. */
    private static <E extends Enum<E>> Map<E, String> captions(Class<E> type) {
        Map<E, String> captions = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            String s = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            captions.put(e, Character.toUpperCase(s.charAt(0)) + s.substring(1));
        }
        return captions;
    }
}
