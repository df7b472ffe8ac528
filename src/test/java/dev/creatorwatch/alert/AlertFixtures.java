package dev.creatorwatch.alert;

import dev.creatorwatch.creator.Creator;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.RuleDefinition;
import dev.creatorwatch.rules.RuleHit;
import dev.creatorwatch.rules.RuleStatus;
import dev.creatorwatch.rules.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Creators and alerts for triage, export and notification tests. */
public final class AlertFixtures {

    private AlertFixtures() {
    }

    public static long creator(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Creator c = new Creator();
            c.name = name;
            c.tier = Tier.MICRO;
            c.createdAt = Instant.now();
            c.updatedAt = c.createdAt;
            c.persist();
            return c.id;
        });
    }

    /** An open alert, persisted directly (not through the recorder, so no audit row or event). */
    public static long alert(long creatorId, Severity severity, int risk, Instant firstSeen, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Alert a = new Alert();
            a.ruleId = "follower-jump";
            a.ruleVersion = 1;
            a.title = "Follower jump";
            a.severity = severity;
            a.riskScore = risk;
            a.creatorId = creatorId;
            a.tierAtDetection = Tier.MICRO;
            a.reason = reason;
            a.evidence = "{\"followers\": 1000}";
            a.status = AlertStatus.NEW;
            a.dedupKey = "fixture|" + UUID.randomUUID();
            a.firstSeen = firstSeen;
            a.lastSeen = firstSeen;
            a.occurrenceCount = 1;
            a.createdAt = firstSeen;
            a.updatedAt = firstSeen;
            a.persist();
            return a.id;
        });
    }

    public static RuleHit hit(String ruleId, Severity level, String findingKey, String reason) {
        RuleDefinition rule = new RuleDefinition(ruleId, "Title of " + ruleId, "test-module", 1, RuleStatus.STABLE,
                level, "d", List.of(), List.of(), List.of(), "tests", null, null, Set.of(), null, "test");
        return new RuleHit(rule, new Finding(findingKey, 1.0, reason, Map.of("n", 1)));
    }
}
