package dev.creatorwatch.audit;

import dev.creatorwatch.json.Json;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends to the hash-chained audit trail, in the caller's transaction so a change and its audit row commit or roll
 * back together. Each append locks the single {@code audit_head} row (SELECT ... FOR UPDATE, on H2 and PostgreSQL),
 * so concurrent appends, from this or any other instance sharing the database, queue up and the chain never forks.
 * The price is that auditing transactions serialize on that row until they commit; keep them short.
 */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} to an entity; {@code before} and {@code after} are any
     * JSON-serializable values (null when there is none, e.g. before a creation).
     */
    @Transactional
    public AuditEntry record(Actor actor, String entityType, Object entityId, String action, Object before,
            Object after) {
        return append(actor, entityType, String.valueOf(entityId), action, before == null ? null : Json.write(before),
                after == null ? null : Json.write(after));
    }

    AuditEntry append(Actor actor, String entityType, String entityId, String action, String before, String after) {
        EntityManager em = Panache.getEntityManager();
        AuditHead head = lockHead(em);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry e = new AuditEntry(head.lastSeq + 1, at, actor.name(), limit(entityType, 64), limit(entityId, 100),
                limit(action, 64), before, after, head.lastHash);
        em.persist(e);
        head.lastSeq = e.seq();
        head.lastHash = e.hash();
        // Flush now: the row must be in the database before the lock is released at commit in any case, and an
        // early flush makes a failing insert fail here, next to its cause.
        em.flush();
        return e;
    }

    static AuditHead lockHead(EntityManager em) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_head row is missing; the V10 migration creates it");
        }
        return head;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
