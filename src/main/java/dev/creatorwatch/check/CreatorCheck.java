package dev.creatorwatch.check;

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

/** A saved check. The report is kept as it was produced, so a later rule change never rewrites what was shown. */
@Entity
@Table(name = "creator_check")
public class CreatorCheck extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "creator_check_seq")
    @SequenceGenerator(name = "creator_check_seq", sequenceName = "creator_check_seq", allocationSize = 50)
    public Long id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    /** The checked URLs, one per line. */
    @Column(nullable = false, length = 21000)
    public String urls;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Verdict verdict;

    @Column(name = "risk_score", nullable = false)
    public int riskScore;

    @Column(nullable = false, length = 1000000)
    public String report;
}
