package dev.creatorwatch.export;

import static dev.creatorwatch.export.IncidentJson.field;
import static dev.creatorwatch.export.IncidentJson.name;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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

    private static final SerializableString[] ACTIVITY_NAMES = {null, name("Create"), name("Update"), name("Close")};
    private static final Map<Severity, SerializableString> SEVERITY_NAMES = captions(Severity.class);
    private static final Map<AlertStatus, SerializableString> STATUS_NAMES = captions(AlertStatus.class);
    private static final Map<AlertStatus, SerializableString> STATUS_CAPTIONS = statusCaptions();

    // Fields every finding has with the same values, written as ready-made JSON: the first ones always follow
    // activity_name, the rule type always follows the analytic's name, so each begins with its separator.
    private static final SerializableString CLASS_FIELDS = new SerializedString(",\"category_uid\":" + CATEGORY_UID
            + ",\"category_name\":\"Findings\",\"class_uid\":" + CLASS_UID + ",\"class_name\":\"Detection Finding\"");
    private static final SerializableString RULE_TYPE_FIELDS = new SerializedString(",\"type_id\":1,\"type\":\"Rule\"");
    private static final SerializableString METADATA_VALUE = new SerializedString("{\"version\":\"" + OCSF_VERSION
            + "\",\"product\":{\"name\":\"Creator risk monitor\",\"vendor_name\":\"creatorwatch\"}}");

    private static final SerializableString ACTIVITY_ID = name("activity_id");
    private static final SerializableString ACTIVITY_NAME = name("activity_name");
    private static final SerializableString TYPE_UID = name("type_uid");
    private static final SerializableString TIME = name("time");
    private static final SerializableString SEVERITY_ID = name("severity_id");
    private static final SerializableString SEVERITY = name("severity");
    private static final SerializableString STATUS_ID = name("status_id");
    private static final SerializableString STATUS = name("status");
    private static final SerializableString STATUS_DETAIL = name("status_detail");
    private static final SerializableString MESSAGE = name("message");
    private static final SerializableString RISK_SCORE = name("risk_score");
    private static final SerializableString COUNT = name("count");
    private static final SerializableString START_TIME = name("start_time");
    private static final SerializableString END_TIME = name("end_time");
    private static final SerializableString FINDING_INFO = name("finding_info");
    private static final SerializableString UID = name("uid");
    private static final SerializableString TITLE = name("title");
    private static final SerializableString DESC = name("desc");
    private static final SerializableString TYPES = name("types");
    private static final SerializableString FIRST_SEEN_TIME = name("first_seen_time");
    private static final SerializableString LAST_SEEN_TIME = name("last_seen_time");
    private static final SerializableString CREATED_TIME = name("created_time");
    private static final SerializableString MODIFIED_TIME = name("modified_time");
    private static final SerializableString ANALYTIC = name("analytic");
    private static final SerializableString NAME = name("name");
    private static final SerializableString VERSION = name("version");
    private static final SerializableString METADATA = name("metadata");
    private static final SerializableString EVIDENCES = name("evidences");
    private static final SerializableString DATA = name("data");
    private static final SerializableString UNMAPPED = name("unmapped");
    private static final SerializableString CREATOR = name("creator");
    private static final SerializableString ACCOUNT_ID = name("account_id");
    private static final SerializableString TIER_AT_DETECTION = name("tier_at_detection");
    private static final SerializableString CLOSE_REASON = name("close_reason");
    private static final SerializableString ASSIGNEE = name("assignee");
    private static final SerializableString TAGS = name("tags");
    private static final SerializableString COMMENTS = name("comments");
    private static final SerializableString HISTORY = name("history");

    OcsfIncidentWriter(OutputStream out) throws IOException {
        super(out);
    }

    @Override
    void fields(JsonGenerator g, Incident i) throws IOException {
        Incident.AlertRow a = i.alert();
        int activity = a.status() == AlertStatus.CLOSED ? 3
                : a.status() == AlertStatus.NEW && a.occurrenceCount() == 1 ? 1 : 2;
        field(g, ACTIVITY_ID, activity);
        constant(g, ACTIVITY_NAME, ACTIVITY_NAMES[activity]);
        g.writeRaw(CLASS_FIELDS);
        field(g, TYPE_UID, CLASS_UID * 100 + activity);
        field(g, TIME, a.lastSeen().toEpochMilli());
        field(g, SEVERITY_ID, a.severity().ordinal() + 1);
        constant(g, SEVERITY, SEVERITY_NAMES.get(a.severity()));
        field(g, STATUS_ID, statusId(a.status()));
        // OCSF wants the caption of status_id here; our own triage state (finer than OCSF's) goes to status_detail.
        constant(g, STATUS, STATUS_CAPTIONS.get(a.status()));
        constant(g, STATUS_DETAIL, STATUS_NAMES.get(a.status()));
        field(g, MESSAGE, a.reason());
        field(g, RISK_SCORE, a.riskScore());
        field(g, COUNT, a.occurrenceCount());
        field(g, START_TIME, a.firstSeen().toEpochMilli());
        field(g, END_TIME, a.lastSeen().toEpochMilli());

        g.writeFieldName(FINDING_INFO);
        g.writeStartObject();
        g.writeFieldName(UID);
        g.writeString(Long.toString(a.id()));
        field(g, TITLE, a.title());
        field(g, DESC, a.reason());
        g.writeFieldName(TYPES);
        g.writeStartArray();
        IncidentJson.text(g, a.ruleId());
        g.writeEndArray();
        field(g, FIRST_SEEN_TIME, a.firstSeen().toEpochMilli());
        field(g, LAST_SEEN_TIME, a.lastSeen().toEpochMilli());
        field(g, CREATED_TIME, a.createdAt().toEpochMilli());
        field(g, MODIFIED_TIME, a.updatedAt().toEpochMilli());
        g.writeFieldName(ANALYTIC);
        g.writeStartObject();
        field(g, UID, a.ruleId());
        field(g, NAME, a.title());
        g.writeRaw(RULE_TYPE_FIELDS);
        g.writeFieldName(VERSION);
        g.writeString(Integer.toString(a.ruleVersion()));
        g.writeEndObject();
        g.writeEndObject();

        g.writeFieldName(METADATA);
        g.writeRawValue(METADATA_VALUE);

        g.writeFieldName(EVIDENCES);
        g.writeStartArray();
        g.writeStartObject();
        g.writeFieldName(DATA);
        StoredJson.write(g, a.evidence());
        g.writeEndObject();
        g.writeEndArray();

        g.writeFieldName(UNMAPPED);
        g.writeStartObject();
        g.writeFieldName(CREATOR);
        IncidentJson.creator(g, a);
        field(g, ACCOUNT_ID, a.accountId());
        field(g, TIER_AT_DETECTION, a.tierAtDetection());
        field(g, CLOSE_REASON, a.closeReason());
        field(g, ASSIGNEE, a.assignee());
        g.writeFieldName(TAGS);
        IncidentJson.texts(g, i.tags());
        g.writeFieldName(COMMENTS);
        IncidentJson.comments(g, i.comments());
        g.writeFieldName(HISTORY);
        IncidentJson.history(g, i.history());
        g.writeEndObject();
    }

    private static void constant(JsonGenerator g, SerializableString name, SerializableString value)
            throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
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
    private static <E extends Enum<E>> Map<E, SerializableString> captions(Class<E> type) {
        Map<E, SerializableString> captions = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            String s = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            captions.put(e, name(Character.toUpperCase(s.charAt(0)) + s.substring(1)));
        }
        return captions;
    }

    private static Map<AlertStatus, SerializableString> statusCaptions() {
        Map<AlertStatus, SerializableString> captions = new EnumMap<>(AlertStatus.class);
        for (AlertStatus s : AlertStatus.values()) {
            captions.put(s, name(statusCaption(s)));
        }
        return captions;
    }
}
