package dev.creatorwatch.scan;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The scheduled job: claims due accounts and scans them with bounded concurrency. A tick never overlaps the
 * previous one (SKIP), and it waits for its scans to end before the next tick may start.
 */
@ApplicationScoped
public class ScanScheduler {

    private static final Logger LOG = Logger.getLogger(ScanScheduler.class);

    private final DueAccounts due;
    private final AccountScanner scanner;
    private final ExecutorService pool;
    private final int batchSize;

    public ScanScheduler(DueAccounts due, AccountScanner scanner, ScanConfig config) {
        this.due = due;
        this.scanner = scanner;
        this.batchSize = config.batchSize();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), r -> {
            Thread t = new Thread(r, "scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(identity = "scan-due-accounts", every = "${monitor.scan.tick:15s}", delayed = "${monitor.scan.initial-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = ScanDisabled.class)
    void tick() {
        runDue();
    }

    /**
     * Scans every account that is due now, batch after batch while batches come back full, so a backlog is worked
     * off at once instead of one batch per tick; returns how many were scanned.
     */
    public int runDue() {
        int done = 0;
        int claimed;
        do {
            List<ScanTarget> targets = due.claim();
            claimed = targets.size();
            done += scanAll(targets);
        } while (claimed >= batchSize && !Thread.currentThread().isInterrupted());
        return done;
    }

    private int scanAll(List<ScanTarget> targets) {
        List<Future<ScanReport>> running = new ArrayList<>(targets.size());
        for (ScanTarget target : targets) {
            running.add(pool.submit(() -> scanner.scan(target)));
        }
        int done = 0;
        for (Future<ScanReport> f : running) {
            try {
                f.get();
                done++;
            } catch (ExecutionException e) {
                LOG.error("Scan failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!targets.isEmpty()) {
            LOG.infof("Scanned %d of %d due accounts", done, targets.size());
        }
        return done;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
