package dev.creatorwatch.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One audit row. Deliberately without setters and {@link Immutable}: Hibernate never issues an update for it, and
 * the application has no endpoint or method that edits or deletes rows (only retention purges, see
 * {@link AuditRetention}). Tampering done outside the application is found by {@link AuditVerifier}.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 100)
    private String entityId;

    @Column(nullable = false, length = 64)
    private String action;

    // Without a length (V54), as the migration declares it on both databases: a row must hold a change whole,
    // however large, or the change itself cannot be saved.
    @Column(name = "before_json", columnDefinition = "varchar")
    private String before;

    @Column(name = "after_json", columnDefinition = "varchar")
    private String after;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant at, String actor, String entityType, String entityId, String action, String before,
            String after, String prevHash) {
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.before = before;
        this.after = after;
        this.prevHash = prevHash;
        this.hash = AuditHash.of(prevHash, seq, at, actor, entityType, entityId, action, before, after);
    }

    public long seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String action() {
        return action;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
