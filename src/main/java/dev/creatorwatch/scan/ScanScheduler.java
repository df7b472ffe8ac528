package dev.creatorwatch.scan;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
     * off at once instead of one batch per tick; returns how many were scanned. The next batch is claimed as soon as
     * the current one is handed to the scan threads, so they never wait for a claim, nor for the slowest scans of a
     * batch, before they have more work; at most two batches are claimed and unfinished at a time.
     */
    public int runDue() {
        int done = 0;
        Deque<Batch> inFlight = new ArrayDeque<>(2);
        List<ScanTarget> targets = due.claim();
        while (!targets.isEmpty() && !Thread.currentThread().isInterrupted()) {
            inFlight.add(submit(targets));
            if (inFlight.size() > 1) {
                done += await(inFlight.removeFirst()); // the batch just submitted keeps the threads busy meanwhile
            }
            targets = targets.size() >= batchSize ? due.claim() : List.of();
        }
        while (!inFlight.isEmpty()) {
            done += await(inFlight.removeFirst());
        }
        return done;
    }

    private Batch submit(List<ScanTarget> targets) {
        List<Future<ScanReport>> running = new ArrayList<>(targets.size());
        for (ScanTarget target : targets) {
            running.add(pool.submit(() -> scanner.scan(target)));
        }
        return new Batch(running);
    }

    private int await(Batch batch) {
        int done = 0;
        for (Future<ScanReport> f : batch.running()) {
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
        LOG.infof("Scanned %d of %d due accounts", done, batch.running().size());
        return done;
    }

    /** The scans of one claimed batch. */
    private record Batch(List<Future<ScanReport>> running) {
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
