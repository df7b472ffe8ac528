package dev.creatorwatch.creator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dev.creatorwatch.fetch.FetchOutcome;
import java.time.Instant;

/** One platform account of a creator. Unique per platform and normalized handle. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "creator_id", nullable = false)
    public Creator creator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Platform platform;

    @Column(nullable = false, length = 200)
    public String handle;

    @Column(name = "normalized_handle", nullable = false, length = 200)
    public String normalizedHandle;

    @Column(name = "profile_url", nullable = false, length = 2048)
    public String profileUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Tier tier = Tier.UNKNOWN;

    /** When the scheduler should fetch it next; kept in the database so several instances can share the work. */
    @Column(name = "next_scan_at", nullable = false)
    public Instant nextScanAt;

    @Column(name = "last_scan_at")
    public Instant lastScanAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome", length = 32)
    public FetchOutcome lastOutcome;

    /** When the page was last read successfully or confirmed unchanged (304): how fresh what we show about it is. */
    @Column(name = "last_good_at")
    public Instant lastGoodAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
