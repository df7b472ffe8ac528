package dev.creatorwatch.export;

import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.alert.AlertTriage;
import dev.creatorwatch.alert.CloseReason;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one batch of incidents with plain JDBC: the alerts, their tags, comments and audit history, one query each
 * for the whole batch (ids bound as one array parameter, so each statement text is the same for every batch and
 * stays prepared), and their creators' names from the export's cache. No entities: an export reads a million rows
 * once and writes them out, so Hibernate's hydration, persistence context and dirty-checking snapshots would be pure
 * cost. Text columns are read as UTF-8 bytes ({@link Utf8Columns}). The same SQL runs on H2 and PostgreSQL.
 */
final class IncidentBatchReader {

    private static final String ALERTS = "select a.id, a.rule_id, a.rule_version, a.title, a.severity, a.risk_score, "
            + "a.status, a.close_reason, a.closed_at, a.assignee, a.creator_id, a.account_id, "
            + "a.tier_at_detection, a.first_seen, a.last_seen, a.occurrence_count, a.created_at, a.updated_at, "
            + "a.reason, a.evidence from alert a where a.id = any(?) order by a.id";
    private static final String TAGS = "select alert_id, tag from alert_tag where alert_id = any(?) "
            + "order by alert_id, tag";
    private static final String COMMENTS = "select alert_id, author, created_at, body from alert_comment "
            + "where alert_id = any(?) order by alert_id, id";
    // An alert's audit rows carry its id as text (entity_id is shared by every audited entity type). Not sorted by the
    // database: sorting text under the server's collation cost PostgreSQL a third of this query; each alert's few
    // rows are put in seq order here instead.
    private static final String HISTORY = "select entity_id, seq, at, actor, action, before_json, after_json, hash "
            + "from audit_entry where entity_type = ? and entity_id = any(?)";

    private static final Comparator<Incident.HistoryEntry> BY_SEQ =
            Comparator.comparingLong(Incident.HistoryEntry::seq);

    private IncidentBatchReader() {
    }

    /**
     * The incidents with these alert ids, in id order; an id whose alert is gone by now is skipped. Creator names
     * come from the export's shared {@link CreatorNames}.
     */
    static List<Incident> read(Connection c, List<Long> ids, CreatorNames creatorNames) throws SQLException {
        Array alertIds = c.createArrayOf("bigint", ids.toArray(new Long[0]));
        Array entityIds = c.createArrayOf("varchar", ids.stream().map(String::valueOf).toArray(String[]::new));
        Utf8Columns text = Utf8Columns.of(c);
        try {
            Map<Long, List<Utf8>> tags = tags(c, alertIds, text);
            Map<Long, List<Incident.Comment>> comments = comments(c, alertIds, text);
            Map<Long, List<Incident.HistoryEntry>> history = history(c, entityIds, text);
            List<Incident.AlertRow> alerts = new ArrayList<>(ids.size());
            try (PreparedStatement s = c.prepareStatement(ALERTS)) {
                s.setArray(1, alertIds);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        alerts.add(alert(rs, text));
                    }
                }
            }
            Map<Long, Utf8> names = creatorNames.of(c, alerts.stream().map(Incident.AlertRow::creatorId).toList(),
                    text);
            List<Incident> incidents = new ArrayList<>(alerts.size());
            for (Incident.AlertRow a : alerts) {
                incidents.add(new Incident(a.withCreatorName(names.get(a.creatorId())),
                        tags.getOrDefault(a.id(), List.of()), comments.getOrDefault(a.id(), List.of()),
                        history.getOrDefault(a.id(), List.of())));
            }
            return incidents;
        } finally {
            alertIds.free();
            entityIds.free();
        }
    }

    /** The alert's columns; the creator's name is filled in afterwards. */
    private static Incident.AlertRow alert(ResultSet rs, Utf8Columns text) throws SQLException {
        long accountId = rs.getLong(12);
        Long account = rs.wasNull() ? null : accountId;
        String closeReason = rs.getString(8);
        return new Incident.AlertRow(rs.getLong(1), text.get(rs, 2), rs.getInt(3), text.get(rs, 4),
                Severity.valueOf(rs.getString(5)), rs.getInt(6), AlertStatus.valueOf(rs.getString(7)),
                closeReason == null ? null : CloseReason.valueOf(closeReason), instant(rs, 9), text.get(rs, 10),
                rs.getLong(11), null, account, Tier.valueOf(rs.getString(13)), instant(rs, 14), instant(rs, 15),
                rs.getInt(16), instant(rs, 17), instant(rs, 18), text.get(rs, 19), text.get(rs, 20));
    }

    private static Map<Long, List<Utf8>> tags(Connection c, Array ids, Utf8Columns text) throws SQLException {
        Map<Long, List<Utf8>> tags = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(TAGS)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(4)).add(text.get(rs, 2));
                }
            }
        }
        return tags;
    }

    private static Map<Long, List<Incident.Comment>> comments(Connection c, Array ids, Utf8Columns text)
            throws SQLException {
        Map<Long, List<Incident.Comment>> comments = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(COMMENTS)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    comments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
                            .add(new Incident.Comment(text.get(rs, 2), instant(rs, 3), text.get(rs, 4)));
                }
            }
        }
        return comments;
    }

    private static Map<Long, List<Incident.HistoryEntry>> history(Connection c, Array ids, Utf8Columns text)
            throws SQLException {
        Map<Long, List<Incident.HistoryEntry>> history = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(HISTORY)) {
            s.setString(1, AlertTriage.ENTITY);
            s.setArray(2, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Utf8 entityId = text.get(rs, 1);
                    history.computeIfAbsent(Long.parseLong(entityId.toString()), k -> new ArrayList<>(4))
                            .add(new Incident.HistoryEntry(rs.getLong(2), instant(rs, 3), text.get(rs, 4),
                                    AlertTriage.ENTITY, entityId, text.get(rs, 5), text.get(rs, 6), text.get(rs, 7),
                                    text.get(rs, 8)));
                }
            }
        }
        history.values().forEach(rows -> rows.sort(BY_SEQ));
        return history;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
