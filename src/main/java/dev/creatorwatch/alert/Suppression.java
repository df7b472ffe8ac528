package dev.creatorwatch.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * Silences a finding until {@link #expiresAt}: by dedup key, or by rule + creator. A matching finding opens no alert;
 * it bumps {@link #suppressedCount} so silenced activity stays visible.
 */
@Entity
@Table(name = "alert_suppression")
public class Suppression extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_suppression_seq")
    @SequenceGenerator(name = "alert_suppression_seq", sequenceName = "alert_suppression_seq", allocationSize = 50)
    public Long id;

    @Column(name = "dedup_key", length = 600)
    public String dedupKey;

    @Column(name = "rule_id", length = 100)
    public String ruleId;

    @Column(name = "creator_id")
    public Long creatorId;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "suppressed_count", nullable = false)
    public long suppressedCount;

    @Column(name = "last_suppressed_at")
    public Instant lastSuppressedAt;

    @Version
    public long version;

    public boolean activeAt(Instant at) {
        return revokedAt == null && expiresAt.isAfter(at);
    }

    /** The active suppression covering a finding, if any. */
    public static Optional<Suppression> covering(String dedupKey, String ruleId, Long creatorId, Instant at) {
        return Suppression.<Suppression>find("revokedAt is null and expiresAt > ?1 and (dedupKey = ?2 or "
                + "(ruleId = ?3 and creatorId = ?4)) order by id", at, dedupKey, ruleId, creatorId).firstResultOptional();
    }
}
