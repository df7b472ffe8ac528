package dev.creatorwatch.discovery;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
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
 * A profile checked for impersonation that is not a watched account: found by discovery or submitted by a user. One
 * row per profile URL; the latest check's verdict, score, findings (JSON) and the alert it raised.
 */
@Entity
@Table(name = "suspect")
public class Suspect extends PanacheEntityBase {

    /** Where the profile came from. */
    public enum Source { DISCOVERY, SUBMITTED }

    /** What the latest check concluded. */
    public enum Verdict {
        /** An impersonation rule matched: an alert was raised on the imitated creator. */
        IMPERSONATION,
        /** The profile was read and no protected identity is imitated. */
        CLEAR,
        /** It would match, but the imitated creator has allowlisted this account. */
        ALLOWLISTED,
        /** The profile does not exist (any more). */
        NOT_FOUND,
        /** The page could not be read (login wall, rate limit, robots.txt, network); nothing is concluded. */
        UNREAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suspect_seq")
    @SequenceGenerator(name = "suspect_seq", sequenceName = "suspect_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Platform platform;

    @Column(length = 200)
    public String handle;

    @Column(name = "profile_url", nullable = false, length = 2048)
    public String profileUrl;

    @Column(name = "compared_creator_id")
    public Long comparedCreatorId;

    @Column(length = 32)
    public String operation;

    @Column(name = "seed_account_id")
    public Long seedAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public FetchOutcome outcome;

    @Column(name = "outcome_detail", length = 1000)
    public String outcomeDetail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Verdict verdict;

    public Double score;

    @Column(name = "matched_creator_id")
    public Long matchedCreatorId;

    @Column(name = "matched_account_id")
    public Long matchedAccountId;

    @Column(name = "alert_id")
    public Long alertId;

    @Column(length = 4000)
    public String reason;

    @Column(nullable = false, length = 100000)
    public String findings;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    @Column(name = "check_count", nullable = false)
    public int checkCount;

    @Column(name = "submitted_by", length = 200)
    public String submittedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
