package dev.creatorwatch.alert;

import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.health.DataFreshness;
import dev.creatorwatch.rules.Severity;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An alert as the API shows it: always with the creator and its current tier beside the tier at detection, and with
 * the freshness of the account's data (its latest good read and its platform's source health) so a triager can tell a
 * current finding from one resting on pages we have not been able to read for days.
 */
public record AlertView(long id, String ruleId, int ruleVersion, String title, Severity severity, int riskScore,
        AlertStatus status, String reason, Map<String, Object> evidence, CreatorRef creator, AccountRef account,
        Tier tierAtDetection, Instant firstSeen, Instant lastSeen, int occurrenceCount, CloseReason closeReason,
        Instant closedAt, String assignee, Set<String> tags, Instant snoozedUntil, String dedupKey, SlaView sla,
        DataFreshness freshness) {

    /** The creator the alert is about, with its tier now. */
    public record CreatorRef(long id, String name, Tier tier) {
    }

    /** The account the alert is about. */
    public record AccountRef(Long id, String platform, String handle, String profileUrl) {
    }

    /**
     * Age since first seen (until closed, for closed alerts), when the SLA for its severity runs out, and whether an
     * open alert is past it.
     */
    public record SlaView(long ageSeconds, Instant dueAt, boolean breached) {
    }
}
