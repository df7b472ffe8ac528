package dev.creatorwatch.alert;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every triage change to an alert: status (with close reason), reopen, assignee, tags, snooze, comments. Each method
 * checks everything before it changes anything, so a refused change leaves the alert and the transaction untouched
 * (bulk actions rely on that), and each change is appended to the audit trail with the acting {@link Actor}.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ApiException.class)
public class AlertTriage {

    public static final String ENTITY = "alert";
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]*");
    /**
     * The tag column's length, counted as the column counts: in UTF-16 chars (String.length()) on H2, in code points
     * on PostgreSQL. A letter outside the Basic Multilingual Plane is two chars, so counting chars keeps every tag
     * that passes within the column on both.
     */
    private static final int MAX_TAG_LENGTH = 64;

    private final AuditTrail audit;
    private final Clock clock;
    private final TriageConfig config;
    private final Assignees assignees;

    public AlertTriage(AuditTrail audit, Clock clock, TriageConfig config, Assignees assignees) {
        this.audit = audit;
        this.clock = clock;
        this.config = config;
        this.assignees = assignees;
    }

    public Alert changeStatus(Actor actor, long id, AlertStatus to, CloseReason reason) {
        Alert a = find(id);
        checkStatusChange(to, reason);
        if (!a.status.canMoveTo(to)) {
            throw ApiException.conflict("Alert " + id + " cannot move from " + a.status + " to " + to
                    + "; allowed: " + a.status.next());
        }
        if (!a.status.isOpen() && Alert.count("dedupKey = ?1 and status <> ?2 and id <> ?3", a.dedupKey,
                AlertStatus.CLOSED, a.id) > 0) {
            throw ApiException.conflict("Alert " + id + " cannot be reopened: a newer open alert has the same "
                    + "dedup key");
        }
        Map<String, Object> before = AlertRecorder.state(a);
        Instant now = clock.instant();
        boolean reopening = !a.status.isOpen();
        String action = reopening ? "reopened" : to == AlertStatus.CLOSED ? "closed" : "status-changed";
        a.status = to;
        a.closeReason = reason;
        a.closedAt = to == AlertStatus.CLOSED ? now : null;
        if (to == AlertStatus.CLOSED || reopening) {
            // A snooze only ever hides an open alert for a while. Kept across a close, it would keep the reopened
            // alert out of the queue until some old date; cleared, the change shows in the alert's history.
            a.snoozedUntil = null;
        }
        return changed(actor, a, action, before, now);
    }

    public Alert reopen(Actor actor, long id) {
        return changeStatus(actor, id, AlertStatus.ACKNOWLEDGED, null);
    }

    /** Assigns to a user who can triage ({@link Assignees}); a blank assignee unassigns. */
    public Alert assign(Actor actor, long id, String assignee) {
        Alert a = find(id);
        return assignResolved(actor, a, assignees.resolve(assignee));
    }

    /** Assigns to a username {@link Assignees#resolve} returned: a bulk action checks the user once for all. */
    Alert assignResolved(Actor actor, long id, String username) {
        return assignResolved(actor, find(id), username);
    }

    private Alert assignResolved(Actor actor, Alert a, String username) {
        Map<String, Object> before = AlertRecorder.state(a);
        a.assignee = username;
        return changed(actor, a, username == null ? "unassigned" : "assigned", before, clock.instant());
    }

    /** Adds tags; tags already present stay, and none is ever replaced. */
    public Alert addTags(Actor actor, long id, Collection<String> tags) {
        Alert a = find(id);
        List<String> clean = tags(tags);
        Map<String, Object> before = AlertRecorder.state(a);
        a.tags.addAll(clean);
        return changed(actor, a, "tagged", before, clock.instant());
    }

    public Alert removeTags(Actor actor, long id, Collection<String> tags) {
        Alert a = find(id);
        List<String> clean = tags(tags);
        Map<String, Object> before = AlertRecorder.state(a);
        a.tags.removeAll(clean);
        return changed(actor, a, "untagged", before, clock.instant());
    }

    /** Hides an open alert from the queue until {@code until}; null wakes it now. */
    public Alert snooze(Actor actor, long id, Instant until) {
        Alert a = find(id);
        Instant now = clock.instant();
        checkSnooze(until, now);
        if (until != null && !a.status.isOpen()) {
            throw ApiException.conflict("Alert " + id + " is closed; only open alerts can be snoozed");
        }
        Map<String, Object> before = AlertRecorder.state(a);
        a.snoozedUntil = until;
        return changed(actor, a, until == null ? "unsnoozed" : "snoozed", before, now);
    }

    public AlertComment comment(Actor actor, long id, String text) {
        Alert a = find(id);
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("text", "must not be blank");
        }
        if (text.length() > AlertComment.MAX_LENGTH) {
            throw ApiException.invalid("text", "must be at most " + AlertComment.MAX_LENGTH + " characters");
        }
        AlertComment c = new AlertComment();
        c.alertId = a.id;
        c.author = actor.name();
        c.createdAt = clock.instant();
        c.body = text;
        c.persist();
        audit.record(actor, ENTITY, a.id, "commented", null, Map.of("commentId", c.id, "text", text));
        return c;
    }

    // The checks below look at a change's own parameters only, so they hold or fail alike for every alert: a bulk
    // action runs them once, before it touches any alert, and answers a failure with one 422 for the request.

    /** A status change that can be valid for some alert: a status, and a close reason exactly when closing. */
    static void checkStatusChange(AlertStatus to, CloseReason reason) {
        if (to == null) {
            throw ApiException.invalid("status", "is required");
        }
        if (to == AlertStatus.CLOSED && reason == null) {
            throw ApiException.invalid("closeReason", "is required to close an alert (one of "
                    + List.of(CloseReason.values()) + ")");
        }
        if (to != AlertStatus.CLOSED && reason != null) {
            throw ApiException.invalid("closeReason", "is only given when closing");
        }
    }

    /** A snooze end (null wakes the alert). */
    void checkSnooze(Instant until) {
        checkSnooze(until, clock.instant());
    }

    private void checkSnooze(Instant until, Instant now) {
        if (until != null && !until.isAfter(now)) {
            throw ApiException.invalid("until", "must be in the future");
        }
        Duration max = config.maxSnooze();
        if (until != null && until.isAfter(now.plus(max))) {
            throw ApiException.invalid("until", "must be at most " + max.toDays() + " days ahead (" + now.plus(max)
                    + "); snooze again then if needed");
        }
    }

    private Alert changed(Actor actor, Alert a, String action, Map<String, Object> before, Instant now) {
        Map<String, Object> after = AlertRecorder.state(a);
        if (!after.equals(before)) {
            a.updatedAt = now;
            Map<String, Object> b = new LinkedHashMap<>();
            Map<String, Object> c = new LinkedHashMap<>();
            // Record only the fields that changed, so the history reads as "what changed".
            after.forEach((k, v) -> {
                if (!java.util.Objects.equals(before.get(k), v)) {
                    b.put(k, before.get(k));
                    c.put(k, v);
                }
            });
            audit.record(actor, ENTITY, a.id, action, b, c);
        }
        return a;
    }

    private static Alert find(long id) {
        return Alert.<Alert>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Alert", id));
    }

    /** A tag as stored, and so as filters must name it: stripped and lower-case. */
    static String normalTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    static List<String> tags(Collection<String> raw) {
        if (raw == null || raw.isEmpty()) {
            throw ApiException.invalid("tags", "must name at least one tag");
        }
        return raw.stream().map(t -> t == null ? "" : normalTag(t)).peek(t -> {
            if (t.length() > MAX_TAG_LENGTH) {
                throw ApiException.invalid("tags", "'" + preview(t) + "' is too long: a tag has at most "
                        + MAX_TAG_LENGTH + " UTF-16 characters (a character outside the Basic Multilingual Plane, "
                        + "such as most emoji, counts as two)");
            }
            if (!TAG.matcher(t).matches()) {
                throw ApiException.invalid("tags", "'" + preview(t) + "' is not a tag: letters, digits, '.', '_', "
                        + "':' or '-', starting with a letter or digit");
            }
        }).distinct().toList();
    }

    /** The start of a refused tag for the message, never cut inside a character. */
    private static String preview(String t) {
        return t.codePointCount(0, t.length()) > 40 ? t.substring(0, t.offsetByCodePoints(0, 40)) + "…" : t;
    }
}
