package dev.creatorwatch.check;

import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.rules.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pre-contract check of one creator's profiles: per account what we saw and what the rules found, and overall a
 * risk score, a verdict and the reasons in plain words.
 */
public record CheckReport(Long id, Instant createdAt, String createdBy, Verdict verdict, int riskScore,
        List<String> reasons, List<AccountCheck> accounts) {

    /**
     * One checked profile. {@code dataAgeSeconds} says how fresh the data is; metrics are null when unread.
     * {@code followerSample} has the fake share of a follower sample with its interval, or says plainly why there
     * is none ({@code possible: false} and a {@code summary} sentence).
     */
    public record AccountCheck(String url, String platform, String handle, String displayName, boolean watched,
            boolean fetchedNow, FetchOutcome outcome, String outcomeDetail, Instant observedAt, Long dataAgeSeconds,
            Tier tier, Long followers, Long following, Long posts, Double engagementRate, Double tierEngagementNorm,
            Map<String, List<Hit>> findingsByModule, Map<String, Object> followerSample) {
    }

    /** One rule finding. */
    public record Hit(String ruleId, String title, Severity severity, int riskScore, String reason,
            Map<String, Object> evidence) {
    }
}
