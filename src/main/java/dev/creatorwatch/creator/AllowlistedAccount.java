package dev.creatorwatch.creator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An account a protected creator or brand has sanctioned: a known fan account, a sub-brand, an agency's page.
 * Impersonation rules and discovery raise nothing about it on this creator's behalf while the entry is not revoked.
 * The handle is stored normalised (lower case, no '@') so it compares like {@link Account#normalizedHandle}.
 */
@Entity
@Table(name = "creator_allowlist")
public class AllowlistedAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "creator_allowlist_seq")
    @SequenceGenerator(name = "creator_allowlist_seq", sequenceName = "creator_allowlist_seq", allocationSize = 50)
    public Long id;

    @Column(name = "creator_id", nullable = false)
    public Long creatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Platform platform;

    @Column(nullable = false, length = 200)
    public String handle;

    @Column(name = "profile_url", length = 2048)
    public String profileUrl;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 200)
    public String revokedBy;

    @Version
    public long version;

    public boolean active() {
        return revokedAt == null;
    }
}
