package dev.creatorwatch.api;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.StaleStateException;

/**
 * Recognises a failure caused by two transactions changing the same rows at once: a row's version moved since it was
 * read (optimistic locking, e.g. {@code @Version} on alerts), a row lock that could not be had in time, or a deadlock.
 * Nobody made a mistake and the request was fine: done again on fresh data, it normally succeeds. The API answers it
 * with a 409 to retry, and background work (a scan) simply does it again.
 */
public final class ConcurrentChange {

    /** SQL states of lock conflicts, for the failures that reach us as a bare SQLException. */
    private static final Set<String> SQL_STATES = Set.of(
            "40001", // serialization failure; H2 and PostgreSQL report a deadlock with it too
            "40P01", // PostgreSQL: deadlock detected
            "55P03", // PostgreSQL: lock not available
            "HYT00", // H2: timeout trying to lock a row
            "90131"); // H2: concurrent update of the same row

    private ConcurrentChange() {
    }

    /** Whether {@code failure}, or anything that caused it, is such a conflict. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException || t instanceof StaleStateException
                    || t instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
