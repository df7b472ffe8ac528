package dev.creatorwatch.discovery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A protected account whose look-alike handles discovery generates, and when it generates them next. */
@Entity
@Table(name = "discovery_target")
public class DiscoveryTarget extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public Long accountId;

    /** The handle the stored candidates were generated from; a renamed account gets new candidates. */
    @Column(nullable = false, length = 200)
    public String handle;

    @Column(name = "generated_at")
    public Instant generatedAt;

    @Column(nullable = false)
    public int candidates;

    @Column(name = "next_generate_at", nullable = false)
    public Instant nextGenerateAt;

    @Version
    public long version;
}
