package dev.creatorwatch.export;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OCSF 1.1 Detection Finding (class_uid 2004, category_uid 2 "Findings"), one finding per line. Activity: 1 Create
 * (seen once, open), 2 Update (repeated or triaged), 3 Close. Our comments and history go under {@code unmapped}.
 */
final class OcsfIncidentWriter implements IncidentWriter {

    static final int CLASS_UID = 2004;
    static final int CATEGORY_UID = 2;
    static final String OCSF_VERSION = "1.1.0";

    private final Writer out;

    OcsfIncidentWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Incident i) throws IOException {
        Alert a = i.alert();
        int activity = a.status == AlertStatus.CLOSED ? 3 : a.status == AlertStatus.NEW && a.occurrenceCount == 1
                ? 1 : 2;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("activity_id", activity);
        f.put("activity_name", activity == 1 ? "Create" : activity == 2 ? "Update" : "Close");
        f.put("category_uid", CATEGORY_UID);
        f.put("category_name", "Findings");
        f.put("class_uid", CLASS_UID);
        f.put("class_name", "Detection Finding");
        f.put("type_uid", CLASS_UID * 100 + activity);
        f.put("time", a.lastSeen.toEpochMilli());
        f.put("severity_id", a.severity.ordinal() + 1);
        f.put("severity", capital(a.severity.name()));
        f.put("status_id", statusId(a.status));
        f.put("status", capital(a.status.name()));
        f.put("message", a.reason);
        f.put("risk_score", a.riskScore);
        f.put("count", a.occurrenceCount);
        f.put("start_time", a.firstSeen.toEpochMilli());
        f.put("end_time", a.lastSeen.toEpochMilli());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("uid", String.valueOf(a.id));
        info.put("title", a.title);
        info.put("desc", a.reason);
        info.put("types", List.of(a.ruleId));
        info.put("first_seen_time", a.firstSeen.toEpochMilli());
        info.put("last_seen_time", a.lastSeen.toEpochMilli());
        info.put("created_time", a.createdAt.toEpochMilli());
        info.put("modified_time", a.updatedAt.toEpochMilli());
        info.put("analytic", Map.of("uid", a.ruleId, "name", a.title, "type_id", 1, "type", "Rule",
                "version", String.valueOf(a.ruleVersion)));
        f.put("finding_info", info);
        f.put("metadata", Map.of("version", OCSF_VERSION, "product",
                Map.of("name", "Creator risk monitor", "vendor_name", "creatorwatch")));
        f.put("evidences", List.of(Map.of("data", Json.MAPPER.readTree(a.evidence))));
        Map<String, Object> unmapped = new LinkedHashMap<>();
        unmapped.put("creator", Map.of("id", a.creatorId, "name", String.valueOf(i.creatorName())));
        unmapped.put("account_id", a.accountId);
        unmapped.put("tier_at_detection", a.tierAtDetection);
        unmapped.put("close_reason", a.closeReason);
        unmapped.put("assignee", a.assignee);
        unmapped.put("tags", a.tags);
        unmapped.put("comments", i.comments());
        unmapped.put("history", i.history());
        f.put("unmapped", unmapped);
        out.write(Json.write(f));
        out.write('\n');
    }

    /** OCSF finding status: 1 New, 2 In Progress, 4 Resolved. */
    static int statusId(AlertStatus s) {
        return switch (s) {
            case NEW -> 1;
            case ACKNOWLEDGED, IN_PROGRESS -> 2;
            case CLOSED -> 4;
        };
    }

    private static String capital(String name) {
        String s = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
