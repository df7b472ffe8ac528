package dev.creatorwatch.scan;

import dev.creatorwatch.creator.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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

    public DueAccounts(Clock clock, ScanConfig config) {
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public List<Long> claim() {
        Instant now = clock.instant();
        List<Account> due = Account.<Account>find("nextScanAt <= ?1 order by nextScanAt, id", now)
                .page(0, config.batchSize()).list();
        Instant leaseEnd = now.plus(config.lease());
        due.forEach(a -> a.nextScanAt = leaseEnd);
        return due.stream().map(a -> a.id).toList();
    }
}
