package dev.creatorwatch.alert;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.rules.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/**
 * A risk finding about a creator's account, with the evidence and a reason a marketer can read. One open alert per
 * dedup key: a repeated finding bumps {@link #occurrenceCount} and {@link #lastSeen} instead of piling up rows.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() { };

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    public Long id;

    @Column(name = "rule_id", nullable = false, length = 100)
    public String ruleId;

    @Column(name = "rule_version", nullable = false)
    public int ruleVersion;

    @Column(nullable = false, length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Severity severity;

    @Column(name = "risk_score", nullable = false)
    public int riskScore;

    @Column(name = "creator_id", nullable = false)
    public Long creatorId;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "snapshot_id")
    public Long snapshotId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_at_detection", nullable = false, length = 16)
    public Tier tierAtDetection;

    @Column(nullable = false, length = 4000)
    public String reason;

    @Column(nullable = false, length = 100000)
    public String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public AlertStatus status;

    @Column(name = "dedup_key", nullable = false, length = 600)
    public String dedupKey;

    @Column(name = "first_seen", nullable = false)
    public Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    public Instant lastSeen;

    @Column(name = "occurrence_count", nullable = false)
    public int occurrenceCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Set when closed; a closed alert always has one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 32)
    public CloseReason closeReason;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(length = 200)
    public String assignee;

    /** Hidden from the triage queue until then. */
    @Column(name = "snoozed_until")
    public Instant snoozedUntil;

    @ElementCollection
    @CollectionTable(name = "alert_tag", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "tag", length = 64)
    @BatchSize(size = 200)
    public Set<String> tags = new TreeSet<>();

    /** Derived from {@link #status}; lets the queue read one index range. */
    @Column(name = "is_open", nullable = false)
    public boolean open = true;

    /** Derived from {@link #severity} (its ordinal), so the queue can order by severity. */
    @Column(name = "severity_rank", nullable = false)
    public int severityRank;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        open = status == null || status.isOpen();
        severityRank = severity == null ? 0 : severity.ordinal();
    }

    public Map<String, Object> evidenceMap() {
        return Json.read(evidence, EVIDENCE);
    }
}
