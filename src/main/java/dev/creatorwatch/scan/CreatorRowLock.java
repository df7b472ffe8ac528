package dev.creatorwatch.scan;

import dev.creatorwatch.creator.Account;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * Locks a creator's row until the transaction ends: what makes the scans of one creator's accounts, and an import
 * of an account's history, take turns. A plain row lock, taken before the creator entity is loaded in the
 * transaction: locking the entity would compare versions and fail in exactly the race it avoids. Plain JDBC: the row
 * is only locked, never read, and Hibernate's native-query machinery around one statement cost about as much as the
 * scan's creator query.
 */
final class CreatorRowLock {

    private CreatorRowLock() {
    }

    static void lock(long creatorId) {
        Account.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select id from creator where id = ? for update")) {
                lock.setLong(1, creatorId);
                lock.executeQuery().close();
            }
        });
    }
}
