package dev.creatorwatch.export;

import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.alert.CloseReason;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import java.time.Instant;
import java.util.List;

/**
 * One exported incident as read from the database: the alert's columns with its creator's name and tags, its
 * comments and its full change history. Plain values, not entities; JSON columns stay the stored text, so the
 * writers can pass them through without parsing them (see {@link StoredJson}).
 */
public record Incident(AlertRow alert, List<String> tags, List<Comment> comments, List<HistoryEntry> history) {

    /** The alert's columns and its creator's name; {@code evidence} is the stored JSON text. */
    public record AlertRow(long id, String ruleId, int ruleVersion, String title, Severity severity, int riskScore,
            AlertStatus status, CloseReason closeReason, Instant closedAt, String assignee, long creatorId,
            String creatorName, Long accountId, Tier tierAtDetection, Instant firstSeen, Instant lastSeen,
            int occurrenceCount, Instant createdAt, Instant updatedAt, String reason, String evidence) {
    }

    /** A comment, verbatim. */
    public record Comment(String author, Instant at, String text) {
    }

    /** One audit row of the alert; {@code before} and {@code after} are the stored JSON text (null when none). */
    public record HistoryEntry(long seq, Instant at, String actor, String entityType, String entityId, String action,
            String before, String after, String hash) {
    }
}
