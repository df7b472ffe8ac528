package dev.creatorwatch.creator;

import dev.creatorwatch.alert.AlertView;
import dev.creatorwatch.fetch.FetchOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the creator API returns. */
public final class CreatorViews {

    private CreatorViews() {
    }

    /** A creator in a list: tier and risk at a glance. */
    public record Summary(long id, String name, Tier tier, boolean protectedIdentity, Set<String> tags, int riskScore,
            long openAlerts, List<AccountBrief> accounts, Instant createdAt, Instant updatedAt) {
    }

    /** An account in a list. */
    public record AccountBrief(long id, String platform, String handle, Tier tier) {
    }

    /** One creator in full: accounts with their latest metrics, risk score and open alerts. */
    public record Detail(long id, String name, String notes, Tier tier, boolean protectedIdentity, Set<String> tags,
            int riskScore, List<AccountDetail> accounts, List<AlertView> openAlerts, List<TierStep> tierHistory,
            Instant createdAt, Instant updatedAt) {
    }

    /**
     * An account with the metrics of its latest good snapshot. {@code lastOutcome} tells whether the latest attempt
     * worked; metrics stay those of the latest good one and {@code metricsAt} says how old they are.
     */
    public record AccountDetail(long id, String platform, String handle, String profileUrl, Tier tier,
            Long followers, Long following, Long posts, Double engagementRate, Boolean verified, String displayName,
            Instant metricsAt, Instant lastScanAt, FetchOutcome lastOutcome, Instant nextScanAt) {
    }

    /** One tier change. {@code accountId} is null for the creator's overall tier. */
    public record TierStep(Long accountId, Tier from, Tier to, Long followers, Instant at) {
    }

    /** One snapshot (fetch attempt). Metrics are null unless the outcome is OK. */
    public record SnapshotView(long id, long accountId, Instant capturedAt, FetchOutcome outcome, Integer httpStatus,
            Long durationMs, String error, String handle, String displayName, String bio, String externalUrl,
            Boolean verified, Long followers, Long following, Long posts, Double engagementRate, String contentHash) {
    }
}
