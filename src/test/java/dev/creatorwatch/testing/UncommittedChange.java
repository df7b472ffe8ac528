package dev.creatorwatch.testing;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Someone else's transaction caught in the middle: it has written its change but not committed, so the rows it wrote
 * stay locked. A test starts one, sets off the request that should race it, waits until that request is blocked on
 * those rows, then lets the change commit: the request then finds its rows changed under it, every time.
 */
public final class UncommittedChange implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CountDownLatch written = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> done;

    private UncommittedChange(Runnable change) {
        done = thread.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            change.run();
            Panache.getEntityManager().flush();
            written.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
    }

    /** Runs {@code change} in a transaction of its own and returns once it is written, uncommitted. */
    public static UncommittedChange start(Runnable change) throws Exception {
        UncommittedChange c = new UncommittedChange(change);
        if (!c.written.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            c.done.get(1, TimeUnit.SECONDS); // reports why the change never got written
            throw new IllegalStateException("the change was not written in time");
        }
        return c;
    }

    /** Waits until another session waits for a lock (the racing request), then commits the change. */
    public void commitOnceSomeoneWaits(DataSource db) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!someoneWaits(db)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no session came to wait for the uncommitted change");
            }
            Thread.sleep(20);
        }
        release.countDown();
        done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private static boolean someoneWaits(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            String query = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres")
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                            + "and datname = current_database()"
                    : "select count(*) from information_schema.sessions where blocker_id is not null";
            try (ResultSet r = s.executeQuery(query)) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    @Override
    public void close() {
        release.countDown();
        thread.shutdown();
    }
}
