package dev.creatorwatch.scan;

import dev.creatorwatch.audience.FollowerSampleRecord;
import dev.creatorwatch.avatar.AccountAvatars;
import dev.creatorwatch.audience.FollowerSamples;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.history.ImportedHistory;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.AvatarHash;
import dev.creatorwatch.rules.Availability;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.ProtectedIdentities;
import dev.creatorwatch.rules.ProtectedIdentitySet;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.fakefollowers.FollowerSample;
import dev.creatorwatch.snapshot.ProfileSnapshot;
import dev.creatorwatch.snapshot.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Builds what rules see for a watched account's snapshot: its history, its siblings, the protected identities (the
 * shared current set; modules skip the account's own creator) and the stored hash of the picture the snapshot shows.
 */
@ApplicationScoped
public class RuleContexts {

    static final int HISTORY = 60;
    /** Enough for any sensible "attempts in a row" threshold; beyond it the count saturates. */
    static final int CONSECUTIVE_LOOKBACK = 20;

    private final SnapshotRepository snapshots;
    private final ProtectedIdentities protectedIdentities;
    private final ImportedHistory imported;
    private final FollowerSamples samples;
    private final AccountAvatars avatars;

    public RuleContexts(SnapshotRepository snapshots, ProtectedIdentities protectedIdentities,
                        ImportedHistory imported, FollowerSamples samples, AccountAvatars avatars) {
        this.samples = samples;
        this.avatars = avatars;
        this.snapshots = snapshots;
        this.protectedIdentities = protectedIdentities;
        this.imported = imported;
    }

    /**
     * The context of {@code current}, with the good snapshots before it as history (newest first), merged with any
     * imported history points before it.
     */
    public RuleContext forSnapshot(Account account, ProfileSnapshot current) {
        return forSnapshotWithout(account, current, null);
    }

    /**
     * As {@link #forSnapshot(Account, ProfileSnapshot)}, with the points of import {@code leaveOut} left out of the
     * history (null leaves out none): the snapshot as it was judged before that import.
     */
    public RuleContext forSnapshotWithout(Account account, ProfileSnapshot current, String leaveOut) {
        return forSnapshot(account, current, read(account, current.id, current.capturedAt,
                samples.latest(account.id).map(FollowerSampleRecord::sample).orElse(null),
                avatars.hashFor(account.id, account.profileUrl, current.avatarUrl), leaveOut));
    }

    /**
     * What the rules read about an account besides the new snapshot itself, as of {@code at}, with what the scan
     * already holds: the follower sample ({@code followerSample}, null when none was possible) and the stored hash of
     * the picture the snapshot shows ({@code avatar}, null when there is none). A scan reads it before it stores
     * anything (see {@link ScanRecorder}), then builds the context with
     * {@link #forSnapshot(Account, ProfileSnapshot, Reads)}.
     */
    public Reads read(Account account, Instant at, FollowerSample followerSample, AvatarHash avatar) {
        return read(account, null, at, followerSample, avatar, null);
    }

    private Reads read(Account account, Long currentId, Instant at, FollowerSample followerSample,
            AvatarHash avatar, String leaveOutImport) {
        List<Observation> history = snapshots.goodHistory(account.id, HISTORY + 1).stream()
                .filter(s -> !s.id.equals(currentId) && !s.capturedAt.isAfter(at))
                .limit(HISTORY).map(SnapshotRepository::toObservation).toList();
        history = imported.merge(account.id, at, history, HISTORY, leaveOutImport);
        // The protected set is read here too: now and then it checks the database for changes, and that query should
        // also run before the scan writes anything.
        return new Reads(history, followerSample, protectedIdentities.current(), avatar);
    }

    /** The context of {@code current}, from what {@link #read} found before it was stored. */
    public RuleContext forSnapshot(Account account, ProfileSnapshot current, Reads reads) {
        return new RuleContext(facts(account), SnapshotRepository.toObservation(current), reads.history(),
                account.creator.accounts.stream().filter(a -> !a.id.equals(account.id)).map(RuleContexts::facts)
                        .toList(),
                reads.protectedIdentities(), RuleContext.Source.SCAN, reads.followerSample(), Availability.good(),
                reads.avatar());
    }

    /**
     * An account's earlier good snapshots (newest first, merged with imported history), its latest follower sample
     * (null when none was possible), the current protected identities and the stored hash of the picture the snapshot
     * shows (null when there is none for that picture).
     */
    public record Reads(List<Observation> history, FollowerSample followerSample,
            ProtectedIdentitySet protectedIdentities, AvatarHash avatar) {
    }

    /**
     * The context of an attempt that found the account gone: no current profile, the good snapshots as history, and
     * how this outcome compares with the attempts before it.
     */
    public RuleContext forGoneAccount(Account account, ProfileSnapshot attempt, FetchOutcome previousOutcome) {
        List<Observation> history = snapshots.goodHistory(account.id, HISTORY).stream()
                .map(SnapshotRepository::toObservation).toList();
        Availability availability = new Availability(attempt.outcome, previousOutcome,
                snapshots.consecutive(account.id, attempt.outcome, CONSECUTIVE_LOOKBACK), account.lastGoodAt);
        return new RuleContext(facts(account), new Observation(attempt.id, attempt.capturedAt, null), history,
                List.of(), ProtectedIdentitySet.EMPTY, RuleContext.Source.SCAN, null, availability);
    }

    public static AccountFacts facts(Account a) {
        return new AccountFacts(a.id, a.creator.id, a.creator.name, a.creator.protectedIdentity, a.platform, a.handle,
                a.profileUrl, a.tier);
    }
}
