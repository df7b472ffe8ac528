package dev.creatorwatch.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Purges audit rows older than the retention period. The purged prefix is replaced by an anchor (seq and hash of
 * the last purged row) in {@code audit_head}, so the remaining chain still verifies from there, and the purge is
 * itself appended to the trail. This is the only code path that deletes audit rows.
 */
@ApplicationScoped
public class AuditRetention {

    private final AuditConfig config;
    private final AuditTrail trail;
    private final Clock clock;

    public AuditRetention(AuditConfig config, AuditTrail trail, Clock clock) {
        this.config = config;
        this.trail = trail;
        this.clock = clock;
    }

    @Scheduled(identity = "audit-retention", every = "6h", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.purgeEnabled()) {
            purge(Actor.SYSTEM, clock.instant());
        }
    }

    /** Purges rows older than retention as of {@code now}; returns how many were removed. */
    @Transactional
    public long purge(Actor actor, Instant now) {
        EntityManager em = Panache.getEntityManager();
        AuditHead head = AuditTrail.lockHead(em);
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(config.retention()).toInstant();
        List<AuditEntry> last = em.createQuery(
                "select e from AuditEntry e where e.at < :cutoff order by e.seq desc", AuditEntry.class)
                .setParameter("cutoff", cutoff).setMaxResults(1).getResultList();
        if (last.isEmpty()) {
            return 0;
        }
        AuditEntry through = last.get(0);
        long removed = em.createQuery("delete from AuditEntry e where e.seq <= :s")
                .setParameter("s", through.seq()).executeUpdate();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("anchorSeq", head.anchorSeq);
        before.put("anchorHash", head.anchorHash);
        head.anchorSeq = through.seq();
        head.anchorHash = through.hash();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("anchorSeq", head.anchorSeq);
        after.put("anchorHash", head.anchorHash);
        after.put("removed", removed);
        after.put("cutoff", cutoff.toString());
        after.put("retention", config.retention().toString());
        trail.record(actor, "audit", "retention", "purge", before, after);
        return removed;
    }
}
