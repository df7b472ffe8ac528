package dev.creatorwatch.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.json.Json;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Re-walks the chain from the retention anchor in batches (keyset on seq, persistence context cleared after each),
 * so verification runs in constant memory however long the trail is. Reports the first broken row and why.
 *
 * <p>The trail keeps growing while it is walked, so the head is read again each time the walk catches up, and the
 * walk goes on until it reaches the head as it then stands: a row written during a long verification is checked,
 * never reported as lying beyond the head. The chain's own hashes cannot show what a database writer who rewrites
 * the tail and the head together did; a {@link Checkpoint} (row and hash from an earlier verification, kept outside
 * this database) can: the row must still be there, with the same hash.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int BATCH = 1000;

    /** A row and its hash as an earlier verification reported them ({@code lastSeq}, {@code lastHash}). */
    public record Checkpoint(long seq, String hash) {
    }

    /**
     * The outcome; {@code brokenSeq} and {@code problem} are null when the chain is intact. {@code lastSeq} and
     * {@code lastHash} are the checkpoint to keep for a later verification; {@code checkpoint} says what became of
     * the one given (null when none was).
     */
    public record Result(boolean intact, long checked, long anchorSeq, long lastSeq, String lastHash, Long brokenSeq,
            String problem, String checkpoint) {
    }

    @Transactional
    public Result verify(Checkpoint checkpoint) {
        EntityManager em = Panache.getEntityManager();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long anchor = head.anchorSeq;
        Walk walk = new Walk(anchor, head.anchorHash, checkpoint);
        // Rows at or below the anchor should have been purged; one still there means the anchor was moved.
        Long belowAnchor = em.createQuery("select max(e.seq) from AuditEntry e where e.seq <= :a", Long.class)
                .setParameter("a", anchor).getSingleResult();
        em.clear();
        while (true) {
            List<AuditEntry> rows = em.createQuery("select e from AuditEntry e where e.seq > :c order by e.seq",
                    AuditEntry.class).setParameter("c", walk.cursor).setMaxResults(BATCH).getResultList();
            for (AuditEntry e : rows) {
                String problem = walk.check(e);
                if (problem != null) {
                    return walk.broken(head.lastSeq, problem);
                }
            }
            em.clear();
            if (rows.size() == BATCH) {
                continue;
            }
            head = em.find(AuditHead.class, AuditHead.ID);
            if (head.lastSeq <= walk.cursor) {
                break; // caught up with the head as it stands now
            }
            if (rows.isEmpty()) {
                return walk.broken(head.lastSeq, "missing sequence number " + (walk.cursor + 1) + ": rows up to "
                        + head.lastSeq + " were written");
            }
        }
        if (walk.cursor > head.lastSeq) {
            walk.brokenSeq = head.lastSeq + 1;
            return walk.broken(head.lastSeq, "rows beyond the recorded head " + head.lastSeq);
        }
        if (!walk.expectedPrev.equals(head.lastHash)) {
            walk.brokenSeq = head.lastSeq;
            return walk.broken(head.lastSeq, "hash mismatch: the last row differs from the head");
        }
        if (belowAnchor != null) {
            walk.brokenSeq = belowAnchor;
            return walk.broken(head.lastSeq, "row at or below the retention anchor " + anchor);
        }
        if (anchor > 0 && !walk.purgeSetAnchor(head)) {
            walk.brokenSeq = anchor + 1;
            return walk.broken(head.lastSeq, "the chain starts after row " + anchor + ", but no recorded retention "
                    + "purge moved the anchor there: rows were removed outside retention");
        }
        if (checkpoint != null && walk.checkpointNote == null) {
            walk.brokenSeq = checkpoint.seq();
            return walk.broken(head.lastSeq, "the checkpoint names row " + checkpoint.seq() + " but the chain ends at "
                    + head.lastSeq + ": rows were removed");
        }
        return new Result(true, walk.checked, anchor, head.lastSeq, head.lastHash, null, null, walk.checkpointNote);
    }

    /** The state of one walk along the chain. */
    private static final class Walk {
        final long anchor;
        final Checkpoint checkpoint;
        long expectedSeq;
        String expectedPrev;
        long cursor;
        long checked;
        Long brokenSeq;
        String checkpointNote;
        JsonNode lastPurge;

        Walk(long anchor, String anchorHash, Checkpoint checkpoint) {
            this.anchor = anchor;
            this.checkpoint = checkpoint;
            this.expectedSeq = anchor + 1;
            this.expectedPrev = anchorHash;
            this.cursor = anchor;
            if (checkpoint != null && checkpoint.seq() <= anchor) {
                checkpointNote = "row " + checkpoint.seq() + " was purged by retention (the chain now starts after "
                        + anchor + "), so the checkpoint cannot be compared";
            }
        }

        /** Checks the next row; a problem, or null when it links on. */
        String check(AuditEntry e) {
            brokenSeq = e.seq();
            if (e.seq() != expectedSeq) {
                brokenSeq = expectedSeq;
                return e.seq() > expectedSeq
                        ? "missing sequence number " + expectedSeq + " (next row present is " + e.seq() + ")"
                        : "unexpected sequence number " + e.seq();
            }
            if (!e.prevHash().equals(expectedPrev)) {
                return "broken link: prev_hash does not match the hash of row " + (e.seq() - 1);
            }
            String recomputed = AuditHash.of(e.prevHash(), e.seq(), e.at(), e.actor(), e.entityType(),
                    e.entityId(), e.action(), e.before(), e.after());
            if (!recomputed.equals(e.hash())) {
                return "hash mismatch: the row's content was changed";
            }
            if (checkpoint != null && e.seq() == checkpoint.seq()) {
                if (!e.hash().equalsIgnoreCase(checkpoint.hash())) {
                    return "row " + e.seq() + " differs from the checkpoint: the chain up to it was rewritten";
                }
                checkpointNote = "row " + e.seq() + " matches the checkpoint";
            }
            if ("audit".equals(e.entityType()) && "purge".equals(e.action()) && e.after() != null) {
                try {
                    lastPurge = Json.MAPPER.readTree(e.after());
                } catch (JsonProcessingException notJson) {
                    return "the retention purge recorded here cannot be read";
                }
            }
            checked++;
            expectedSeq++;
            expectedPrev = e.hash();
            cursor = e.seq();
            brokenSeq = null;
            return null;
        }

        /** Whether the latest purge in the chain recorded the anchor the head holds. */
        boolean purgeSetAnchor(AuditHead head) {
            return lastPurge != null && lastPurge.path("anchorSeq").asLong(-1) == head.anchorSeq
                    && head.anchorHash.equals(lastPurge.path("anchorHash").asText());
        }

        Result broken(long last, String why) {
            return new Result(false, checked, anchor, last, null, brokenSeq, why, checkpointNote);
        }
    }
}
