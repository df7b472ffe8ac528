package dev.creatorwatch.alert;

import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.rules.RuleHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns rule hits into alerts. The dedup key is rule + account + the finding's own key, so the same finding on the
 * next scan updates the open alert (count, last seen, latest evidence and reason) rather than opening a new one; once
 * the alert is closed, a new finding opens a fresh alert.
 */
@ApplicationScoped
public class AlertRecorder {

    /** Records one hit; returns the alert and whether it was newly opened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(RuleHit hit, Long creatorId, Long accountId, Long snapshotId, Tier tier, Instant at) {
        String key = dedupKey(hit.rule().id(), accountId, hit.finding().key());
        Optional<Alert> open = Alert.<Alert>find("dedupKey = ?1 and status <> ?2", key, AlertStatus.CLOSED)
                .firstResultOptional();
        Alert a = open.orElseGet(Alert::new);
        boolean isNew = open.isEmpty();
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
        }
        return new Recorded(a, isNew);
    }

    static String dedupKey(String ruleId, Long accountId, String findingKey) {
        String key = ruleId + "|" + accountId + "|" + (findingKey == null ? "" : findingKey);
        return limit(key, 600);
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The alert a hit landed on. */
    public record Recorded(Alert alert, boolean opened) {
    }
}
