package dev.creatorwatch.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Re-walks the chain from the retention anchor in batches (keyset on seq, persistence context cleared after each),
 * so verification runs in constant memory however long the trail is. Reports the first broken row and why.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int BATCH = 1000;

    /** The outcome; {@code brokenSeq} and {@code problem} are null when the chain is intact. */
    public record Result(boolean intact, long checked, long anchorSeq, long lastSeq, Long brokenSeq, String problem) {
    }

    @Transactional
    public Result verify() {
        EntityManager em = Panache.getEntityManager();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long expectedSeq = head.anchorSeq + 1;
        String expectedPrev = head.anchorHash;
        long headSeq = head.lastSeq;
        String headHash = head.lastHash;
        long anchor = head.anchorSeq;
        long checked = 0;
        long cursor = head.anchorSeq;
        // Rows at or below the anchor should have been purged; one still there means the anchor was moved.
        Long belowAnchor = em.createQuery("select max(e.seq) from AuditEntry e where e.seq <= :a", Long.class)
                .setParameter("a", anchor).getSingleResult();
        em.clear();
        while (true) {
            List<AuditEntry> rows = em.createQuery("select e from AuditEntry e where e.seq > :c order by e.seq",
                    AuditEntry.class).setParameter("c", cursor).setMaxResults(BATCH).getResultList();
            for (AuditEntry e : rows) {
                if (e.seq() != expectedSeq) {
                    return broken(checked, anchor, headSeq, expectedSeq, e.seq() > expectedSeq
                            ? "missing sequence number " + expectedSeq + " (next row present is " + e.seq() + ")"
                            : "unexpected sequence number " + e.seq());
                }
                if (!e.prevHash().equals(expectedPrev)) {
                    return broken(checked, anchor, headSeq, e.seq(),
                            "broken link: prev_hash does not match the hash of row " + (e.seq() - 1));
                }
                String recomputed = AuditHash.of(e.prevHash(), e.seq(), e.at(), e.actor(), e.entityType(),
                        e.entityId(), e.action(), e.before(), e.after());
                if (!recomputed.equals(e.hash())) {
                    return broken(checked, anchor, headSeq, e.seq(), "hash mismatch: the row's content was changed");
                }
                checked++;
                expectedSeq++;
                expectedPrev = e.hash();
                cursor = e.seq();
            }
            em.clear();
            if (rows.size() < BATCH) {
                break;
            }
        }
        if (cursor != headSeq) {
            return broken(checked, anchor, headSeq, cursor + 1, cursor < headSeq
                    ? "missing sequence number " + (cursor + 1) + ": rows up to " + headSeq + " were written"
                    : "rows beyond the recorded head " + headSeq);
        }
        if (!expectedPrev.equals(headHash)) {
            return broken(checked, anchor, headSeq, headSeq, "hash mismatch: the last row differs from the head");
        }
        if (belowAnchor != null) {
            return broken(checked, anchor, headSeq, belowAnchor, "row at or below the retention anchor " + anchor);
        }
        return new Result(true, checked, anchor, headSeq, null, null);
    }

    private static Result broken(long checked, long anchor, long last, long seq, String why) {
        return new Result(false, checked, anchor, last, seq, why);
    }
}
