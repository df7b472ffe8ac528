package dev.creatorwatch.alert;

import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.audit.AuditTrail;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.rules.RuleHit;
import dev.creatorwatch.rules.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns rule hits into alerts. The dedup key is rule + account + the finding's own key, so the same finding on the
 * next scan updates the open alert (count, last seen, latest evidence and reason) rather than opening a new one; once
 * the alert is closed, a new finding opens a fresh alert, unless an active {@link Suppression} covers it: then no
 * alert is opened and the suppression counts the finding instead.
 * Opening and severity changes are audited (actor "system") and fire {@link AlertRaised}; a mere repeat (count and
 * last seen) is not audited per occurrence, it is visible on the alert itself.
 */
@ApplicationScoped
public class AlertRecorder {

    private final AuditTrail audit;
    private final Event<AlertRaised> raised;

    public AlertRecorder(AuditTrail audit, Event<AlertRaised> raised) {
        this.audit = audit;
        this.raised = raised;
    }

    /** Records one hit; returns the alert (null when suppressed) and whether it was newly opened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(RuleHit hit, Long creatorId, Long accountId, Long snapshotId, Tier tier, Instant at) {
        String key = dedupKey(hit.rule().id(), accountId, hit.finding().key());
        Optional<Alert> open = Alert.<Alert>find("dedupKey = ?1 and status <> ?2", key, AlertStatus.CLOSED)
                .firstResultOptional();
        boolean isNew = open.isEmpty();
        if (isNew) {
            Optional<Suppression> suppression = Suppression.covering(key, hit.rule().id(), creatorId, at);
            if (suppression.isPresent()) {
                Suppression s = suppression.get();
                s.suppressedCount++;
                s.lastSuppressedAt = at;
                return new Recorded(null, false, s.id);
            }
        }
        Alert a = open.orElseGet(Alert::new);
        Severity previous = a.severity;
        if (isNew) {
            a.ruleId = hit.rule().id();
            a.creatorId = creatorId;
            a.accountId = accountId;
            a.dedupKey = key;
            a.status = AlertStatus.NEW;
            a.firstSeen = at;
            a.createdAt = at;
            a.occurrenceCount = 0;
        }
        a.ruleVersion = hit.rule().version();
        a.title = hit.rule().title();
        a.severity = hit.rule().level();
        a.riskScore = hit.riskScore();
        a.tierAtDetection = tier;
        a.snapshotId = snapshotId;
        a.reason = limit(hit.finding().reason(), 4000);
        a.evidence = Json.write(hit.finding().evidence());
        a.lastSeen = at;
        a.updatedAt = at;
        a.occurrenceCount++;
        if (isNew) {
            a.persist();
            audit.record(Actor.SYSTEM, AlertTriage.ENTITY, a.id, "opened", null, state(a));
            raised.fire(new AlertRaised(a.id, AlertRaised.Kind.NEW, a.severity, null));
        } else if (previous != a.severity) {
            audit.record(Actor.SYSTEM, AlertTriage.ENTITY, a.id, "severity-changed", Map.of("severity", previous),
                    Map.of("severity", a.severity, "riskScore", a.riskScore));
            if (a.severity.ordinal() > previous.ordinal()) {
                raised.fire(new AlertRaised(a.id, AlertRaised.Kind.ESCALATED, a.severity, previous));
            }
        }
        return new Recorded(a, isNew, null);
    }

    static Map<String, Object> state(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", a.ruleId);
        m.put("ruleVersion", a.ruleVersion);
        m.put("severity", a.severity);
        m.put("riskScore", a.riskScore);
        m.put("status", a.status);
        m.put("closeReason", a.closeReason);
        m.put("assignee", a.assignee);
        m.put("snoozedUntil", a.snoozedUntil == null ? null : a.snoozedUntil.toString());
        // A sorted copy: the live set changes with the alert, so a "before" sharing it would always equal "after".
        m.put("tags", a.tags.stream().sorted().toList());
        return m;
    }

    static String dedupKey(String ruleId, Long accountId, String findingKey) {
        String key = ruleId + "|" + accountId + "|" + (findingKey == null ? "" : findingKey);
        return limit(key, 600);
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The alert a hit landed on (null when an active suppression absorbed it, named by {@code suppressionId}). */
    public record Recorded(Alert alert, boolean opened, Long suppressionId) {

        public Recorded(Alert alert, boolean opened) {
            this(alert, opened, null);
        }

        public boolean suppressed() {
            return suppressionId != null;
        }
    }
}
