package dev.creatorwatch.scan;

import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims the accounts that are due. Claiming moves their due time forward by a lease in the same transaction, so a
 * second scheduler (another instance, or a slow tick) does not take them while they are being scanned, and an
 * instance that dies mid-scan releases them when the lease runs out. The claim lives in the database, not in memory.
 */
@ApplicationScoped
public class DueAccounts {

    private final Clock clock;
    private final ScanConfig config;
    private final ScanTargets targets;

    public DueAccounts(Clock clock, ScanConfig config, ScanTargets targets) {
        this.clock = clock;
        this.config = config;
        this.targets = targets;
    }

    /**
     * Claims up to a batch of due accounts and returns what their scans need. The due rows are selected FOR UPDATE:
     * a second instance claiming at the same moment waits for this transaction, then (PostgreSQL re-reads locked rows
     * under READ COMMITTED) no longer sees them as due, so no account is claimed twice and no claim fails on a
     * version conflict. The lease is set with one UPDATE for the whole batch instead of one per account.
     */
    @Transactional
    public List<ScanTarget> claim() {
        Instant now = clock.instant();
        List<Object[]> due = Account.getEntityManager().createQuery("select a.id, a.creator.id, a.platform, "
                        + "a.handle, a.profileUrl from Account a where a.nextScanAt <= :now "
                        + "order by a.nextScanAt, a.id", Object[].class)
                .setParameter("now", now).setMaxResults(config.batchSize())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<ScanTargets.Watched> claimed = new ArrayList<>(due.size());
        for (Object[] row : due) {
            claimed.add(new ScanTargets.Watched((Long) row[0], (Long) row[1], (Platform) row[2], (String) row[3],
                    (String) row[4]));
        }
        // Read here, in the claim's transaction and for the whole batch at once, so a scan starts with its fetch and
        // needs no transaction of its own before it (this session manages no entities, so these reads cost no flush
        // checks).
        List<ScanTarget> targets = this.targets.of(claimed);
        // The version moves as an entity update would move it, so an edit made from a copy read before the claim
        // still fails its optimistic check instead of silently undoing the lease.
        Account.getEntityManager().createQuery("update Account a set a.nextScanAt = :lease, a.version = a.version + 1 "
                        + "where a.id in :ids")
                .setParameter("lease", now.plus(config.lease()))
                .setParameter("ids", claimed.stream().map(ScanTargets.Watched::accountId).toList())
                .executeUpdate();
        return targets;
    }
}
