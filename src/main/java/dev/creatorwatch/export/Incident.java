package dev.creatorwatch.export;

import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.alert.CloseReason;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import java.time.Instant;
import java.util.List;

/**
 * One exported incident as read from the database: the alert's columns with its creator's name and tags, its
 * comments and its full change history. Plain values, not entities; text stays the UTF-8 bytes it arrived as and JSON
 * columns stay the stored text, so the writers can pass them through without decoding or parsing them (see
 * {@link Utf8} and {@link StoredJson}).
 */
record Incident(AlertRow alert, List<Utf8> tags, List<Comment> comments, List<HistoryEntry> history) {

    /** The alert's columns and its creator's name; {@code evidence} is the stored JSON text. */
    record AlertRow(long id, Utf8 ruleId, int ruleVersion, Utf8 title, Severity severity, int riskScore,
            AlertStatus status, CloseReason closeReason, Instant closedAt, Utf8 assignee, long creatorId,
            Utf8 creatorName, Long accountId, Tier tierAtDetection, Instant firstSeen, Instant lastSeen,
            int occurrenceCount, Instant createdAt, Instant updatedAt, Utf8 reason, Utf8 evidence) {

        AlertRow withCreatorName(Utf8 name) {
            return new AlertRow(id, ruleId, ruleVersion, title, severity, riskScore, status, closeReason, closedAt,
                    assignee, creatorId, name, accountId, tierAtDetection, firstSeen, lastSeen, occurrenceCount,
                    createdAt, updatedAt, reason, evidence);
        }
    }

    /** A comment, verbatim. */
    record Comment(Utf8 author, Instant at, Utf8 text) {
    }

    /** One audit row of the alert; {@code before} and {@code after} are the stored JSON text (null when none). */
    record HistoryEntry(long seq, Instant at, Utf8 actor, String entityType, Utf8 entityId, Utf8 action, Utf8 before,
            Utf8 after, Utf8 hash) {
    }
}
