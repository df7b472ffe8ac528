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
 * One generated look-alike handle of a protected account on one platform, and what checking its profile found. The
 * next check time lives here, so a restart or another instance carries on where the last check left off.
 */
@Entity
@Table(name = "discovery_candidate")
public class DiscoveryCandidate extends PanacheEntityBase {

    /** What the latest check found. */
    public enum State {
        /** Generated, not checked yet. */
        NEW,
        /** No such profile: checked again only rarely. */
        NOT_FOUND,
        /** The profile exists and imitates no protected identity (or is allowlisted). */
        FOUND,
        /** The profile exists and an impersonation rule matched it: see the suspect and the alert. */
        SUSPECT,
        /** The page could not be read; tried again later. */
        UNREAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discovery_candidate_seq")
    @SequenceGenerator(name = "discovery_candidate_seq", sequenceName = "discovery_candidate_seq",
            allocationSize = 50)
    public Long id;

    /** The protected account this handle imitates. */
    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Platform platform;

    @Column(nullable = false, length = 200)
    public String handle;

    @Column(name = "profile_url", nullable = false, length = 2048)
    public String profileUrl;

    /** The generator operation that produced the handle (affix, homoglyph, omission, ...). */
    @Column(nullable = false, length = 32)
    public String operation;

    /** Position in the generator's ranking for this account (0 = most worth checking). */
    @Column(name = "rank_in_seed", nullable = false)
    public int rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public State state;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public FetchOutcome outcome;

    public Double score;

    @Column(name = "next_check_at", nullable = false)
    public Instant nextCheckAt;

    @Column(name = "checked_at")
    public Instant checkedAt;

    @Column(name = "check_count", nullable = false)
    public int checkCount;

    @Column(name = "suspect_id")
    public Long suspectId;

    @Column(name = "alert_id")
    public Long alertId;

    @Version
    public long version;
}
