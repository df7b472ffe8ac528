package dev.creatorwatch.alert;

import java.time.Instant;
import java.util.List;

/** Request bodies of the triage endpoints. */
public final class TriageRequests {

    private TriageRequests() {
    }

    /** Move to a status; closing needs a close reason. */
    public record StatusChange(String status, String closeReason) {
    }

    /** Null or blank unassigns. */
    public record Assignment(String assignee) {
    }

    public record Tags(List<String> tags) {
    }

    /** Null wakes the alert. */
    public record Snooze(Instant until) {
    }

    public record NewComment(String text) {
    }

    /** Same names and formats as the query parameters of GET /api/alerts. */
    public record BulkFilter(List<String> status, List<String> severity, String rule, List<String> tier,
            String platform, Long creator, String from, String to, String assignee, String tag) {
    }

    /**
     * One action on many alerts, chosen by {@code ids} or by {@code filter} (exactly one). {@code action} is
     * status, assign, tag, untag or snooze, with the matching fields.
     */
    public record Bulk(List<Long> ids, BulkFilter filter, String action, String status, String closeReason,
            String assignee, List<String> tags, Instant until) {
    }

    /**
     * {@code matched}: the alerts the request named or its filter selected that exist; {@code notFound}: requested
     * ids that name no alert; {@code failures}: matched alerts the action was refused for, with the reason.
     */
    public record BulkResult(int matched, int succeeded, List<Long> notFound, List<Failure> failures) {
    }

    public record Failure(long id, int status, String detail) {
    }

    public record CommentView(long id, long alertId, String author, Instant createdAt, String text) {

        static CommentView of(AlertComment c) {
            return new CommentView(c.id, c.alertId, c.author, c.createdAt, c.body);
        }
    }
}
