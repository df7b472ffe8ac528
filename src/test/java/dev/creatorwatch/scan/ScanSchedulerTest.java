package dev.creatorwatch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.audience.SampleStatus;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.snapshot.SnapshotRepository.Validators;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's batching without a database: every claimed account is scanned exactly once, claiming goes on while
 * batches come back full, and no more than two batches are ever claimed and unfinished at once (the leases of a
 * backlog are not all taken up front).
 */
class ScanSchedulerTest {

    private static final int BATCH = 100;

    @Test
    void scansEveryClaimedAccountOnceWithAtMostTwoBatchesOutstanding() {
        int total = 1_050;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger scanned = new AtomicInteger();
        AtomicInteger maxOutstanding = new AtomicInteger();
        Map<Long, Integer> scans = new ConcurrentHashMap<>();
        DueAccounts due = new DueAccounts(null, null, null) {
            @Override
            public List<ScanTarget> claim() {
                List<ScanTarget> batch = new ArrayList<>();
                while (batch.size() < BATCH && next.get() < total) {
                    long id = next.getAndIncrement();
                    batch.add(new ScanTarget(id, 1, Platform.WEB, "p" + id, "http://127.0.0.1/p/" + id, Validators.NONE,
                            SampleStatus.NONE, null));
                }
                maxOutstanding.accumulateAndGet(next.get() - scanned.get(), Math::max);
                return batch;
            }
        };
        AccountScanner scanner = new AccountScanner(null, null, null, null, null, null) {
            @Override
            public ScanReport scan(ScanTarget target) {
                scans.merge(target.accountId(), 1, Integer::sum);
                scanned.incrementAndGet();
                return new ScanReport(target.accountId(), FetchOutcome.OK, null, 0, null);
            }
        };
        ScanScheduler scheduler = new ScanScheduler(due, scanner, config(BATCH, 4));
        try {
            assertThat(scheduler.runDue()).isEqualTo(total);
        } finally {
            scheduler.stop();
        }
        assertThat(scans).hasSize(total);
        assertThat(Set.copyOf(scans.values())).containsExactly(1);
        assertThat(maxOutstanding.get()).isLessThanOrEqualTo(2 * BATCH);
    }

    @Test
    void aShortFirstBatchEndsTheRun() {
        AtomicInteger claims = new AtomicInteger();
        DueAccounts due = new DueAccounts(null, null, null) {
            @Override
            public List<ScanTarget> claim() {
                claims.incrementAndGet();
                return claims.get() == 1 ? List.of(new ScanTarget(1, 1, Platform.WEB, "p1", "http://127.0.0.1/p/1",
                        Validators.NONE, SampleStatus.NONE, null)) : List.of();
            }
        };
        AccountScanner scanner = new AccountScanner(null, null, null, null, null, null) {
            @Override
            public ScanReport scan(ScanTarget target) {
                return new ScanReport(target.accountId(), FetchOutcome.OK, null, 0, null);
            }
        };
        ScanScheduler scheduler = new ScanScheduler(due, scanner, config(BATCH, 2));
        try {
            assertThat(scheduler.runDue()).isEqualTo(1);
        } finally {
            scheduler.stop();
        }
        assertThat(claims.get()).isEqualTo(1);
    }

    /** A config with the two values the scheduler reads; anything else it asks for is a test failure. */
    private static ScanConfig config(int batchSize, int concurrency) {
        return (ScanConfig) Proxy.newProxyInstance(ScanConfig.class.getClassLoader(), new Class<?>[] {ScanConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "batchSize" -> batchSize;
                    case "concurrency" -> concurrency;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
