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
import java.time.Instant;

/** One change of tier, of an account (accountId set) or of a creator as a whole (accountId null). Append-only. */
@Entity
@Table(name = "tier_change")
public class TierChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_change_seq")
    @SequenceGenerator(name = "tier_change_seq", sequenceName = "tier_change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "creator_id", nullable = false)
    public Long creatorId;

    @Column(name = "account_id")
    public Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier", nullable = false, length = 16)
    public Tier fromTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_tier", nullable = false, length = 16)
    public Tier toTier;

    public Long followers;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static TierChange of(Long creatorId, Long accountId, Tier from, Tier to, Long followers, Instant at) {
        TierChange c = new TierChange();
        c.creatorId = creatorId;
        c.accountId = accountId;
        c.fromTier = from;
        c.toTier = to;
        c.followers = followers;
        c.changedAt = at;
        return c;
    }
}
