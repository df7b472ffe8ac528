package dev.creatorwatch.audience;

import dev.creatorwatch.creator.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps each account's follower sample fresh without sampling on every scan: at most one sample (or one recorded
 * "not possible") per account per {@code monitor.audience.min-interval}. The newest record of every claimed account
 * is read with the claim ({@link #statusOf}); the scan then calls {@link #forScan}, which does the network work (when
 * a sample is due) outside any transaction, and stores the new record with the rest of the scan.
 */
@ApplicationScoped
public class FollowerSamples {

    private static final Logger LOG = Logger.getLogger(FollowerSamples.class);

    private final FollowerSampler sampler;
    private final AudienceConfig config;
    private final Clock clock;

    public FollowerSamples(FollowerSampler sampler, AudienceConfig config, Clock clock) {
        this.sampler = sampler;
        this.config = config;
        this.clock = clock;
    }

    /** The newest sample record of an account. */
    public Optional<FollowerSampleRecord> latest(Long accountId) {
        return FollowerSampleRecord.<FollowerSampleRecord>find("accountId = ?1 order by sampledAt desc, id desc",
                accountId).firstResultOptional();
    }

    /**
     * The newest record of each of {@code accountIds} in one query (accounts without one are absent), as
     * {@link #latest} would find it one account at a time. Runs in the caller's transaction.
     */
    public Map<Long, SampleStatus> statusOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        // One index probe per account (newest first, limit 1) rather than reading every record of the batch.
        List<Object[]> rows = FollowerSampleRecord.getEntityManager().createQuery("select s.accountId, s.sampledAt, "
                        + "s.sampled, s.fake, s.unavailable from FollowerSampleRecord s where s.id in (select (select "
                        + "t.id from FollowerSampleRecord t where t.accountId = a.id "
                        + "order by t.sampledAt desc, t.id desc limit 1) from Account a where a.id in :ids)",
                        Object[].class)
                .setParameter("ids", accountIds).getResultList();
        Map<Long, SampleStatus> status = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            status.put((Long) row[0], new SampleStatus((Instant) row[1],
                    FollowerSampleRecord.sample((Integer) row[2], (Integer) row[3], (String) row[4])));
        }
        return status;
    }

    /**
     * The follower sample of a scan: a new one when the newest record ({@code status}) is older than the interval,
     * otherwise the newest one. Samples outside any transaction and never throws; the caller stores
     * {@link ScanSample#toStore()} with the scan.
     */
    public ScanSample forScan(long accountId, Platform platform, String handle, String profileUrl,
            SampleStatus status) {
        Instant now = clock.instant();
        if (!config.enabled()
                || (status.latestAt() != null && status.latestAt().isAfter(now.minus(config.minInterval())))) {
            return new ScanSample(status.latest(), null);
        }
        FollowerSampler.Outcome o;
        try {
            o = sampler.sample(platform, handle, profileUrl);
        } catch (RuntimeException e) {
            LOG.warnf(e, "follower sample of account %d failed", accountId);
            o = FollowerSampler.Outcome.none("No follower sample was possible: reading the follower list failed.");
        }
        FollowerSampleRecord record = FollowerSampleRecord.of(accountId, platform, now, o);
        return new ScanSample(record.sample(), record);
    }
}
