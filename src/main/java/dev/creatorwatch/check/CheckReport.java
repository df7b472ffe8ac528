package dev.creatorwatch.check;

import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.rules.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pre-contract check of one creator's profiles: per account what we saw, what the rules found and, for a watched
 * account, its open alerts; overall a risk score, a verdict and the reasons in plain words.
 */
public record CheckReport(Long id, Instant createdAt, String createdBy, Verdict verdict, int riskScore,
        List<String> reasons, List<AccountCheck> accounts) {

    /**
     * One checked profile. {@code dataAgeSeconds} says how fresh the data is; metrics are null when unread.
     * {@code openAlerts} are a watched account's open alerts that this check's own rule run did not find again (one
     * of the same rule is shown once, as a finding). {@code followerSample} has the fake share of a follower sample
     * with its interval, or says plainly why there is none ({@code possible: false} and a {@code summary} sentence).
     */
    public record AccountCheck(String url, String platform, String handle, String displayName, boolean watched,
            boolean fetchedNow, FetchOutcome outcome, String outcomeDetail, Instant observedAt, Long dataAgeSeconds,
            Tier tier, Long followers, Long following, Long posts, Double engagementRate, Double tierEngagementNorm,
            Map<String, List<Hit>> findingsByModule, List<OpenAlert> openAlerts, Map<String, Object> followerSample) {

        public AccountCheck {
            openAlerts = openAlerts == null ? List.of() : openAlerts; // reports saved before the field existed
        }
    }

    /** One rule finding. */
    public record Hit(String ruleId, String title, Severity severity, int riskScore, String reason,
            Map<String, Object> evidence) {
    }

    /**
     * An alert an earlier scan raised on the watched account and nobody has closed: a suspension, a follower jump
     * between earlier snapshots. It counts in the risk score and the verdict as a finding does.
     */
    public record OpenAlert(long id, String ruleId, String title, Severity severity, int riskScore, AlertStatus status,
            String reason, Instant firstSeen, Instant lastSeen) {
    }
}
