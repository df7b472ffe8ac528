package dev.creatorwatch.creator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A person or brand we watch, with one or more platform accounts. */
@Entity
@Table(name = "creator")
public class Creator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "creator_seq")
    @SequenceGenerator(name = "creator_seq", sequenceName = "creator_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 4000)
    public String notes;

    /** Its identity is guarded: other accounts that imitate it raise impersonation alerts. */
    @Column(name = "protected_identity", nullable = false)
    public boolean protectedIdentity;

    /** The tier of its largest account. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Tier tier = Tier.UNKNOWN;

    @ElementCollection
    @CollectionTable(name = "creator_tag", joinColumns = @JoinColumn(name = "creator_id"))
    @Column(name = "tag", length = 64)
    public Set<String> tags = new TreeSet<>();

    @OneToMany(mappedBy = "creator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<Account> accounts = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Recomputes the creator's tier from its accounts; returns true when it changed. */
    public boolean refreshTier() {
        Tier largest = Tier.UNKNOWN;
        for (Account a : accounts) {
            largest = largest.max(a.tier);
        }
        boolean changed = largest != tier;
        tier = largest;
        return changed;
    }
}
