package dev.creatorwatch.scan;

import dev.creatorwatch.creator.Account;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.ProtectedIdentities;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.snapshot.ProfileSnapshot;
import dev.creatorwatch.snapshot.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Builds what rules see for a watched account's snapshot: its history, its siblings, the protected identities (the
 * shared current set; modules skip the account's own creator).
 */
@ApplicationScoped
public class RuleContexts {

    static final int HISTORY = 60;

    private final SnapshotRepository snapshots;
    private final ProtectedIdentities protectedIdentities;

    public RuleContexts(SnapshotRepository snapshots, ProtectedIdentities protectedIdentities) {
        this.snapshots = snapshots;
        this.protectedIdentities = protectedIdentities;
    }

    /** The context of {@code current}, with the good snapshots before it as history (newest first). */
    public RuleContext forSnapshot(Account account, ProfileSnapshot current) {
        List<Observation> history = snapshots.goodHistory(account.id, HISTORY + 1).stream()
                .filter(s -> !s.id.equals(current.id) && !s.capturedAt.isAfter(current.capturedAt))
                .limit(HISTORY).map(SnapshotRepository::toObservation).toList();
        return new RuleContext(facts(account), SnapshotRepository.toObservation(current), history,
                account.creator.accounts.stream().filter(a -> !a.id.equals(account.id)).map(RuleContexts::facts)
                        .toList(),
                protectedIdentities.current(), RuleContext.Source.SCAN);
    }

    public static AccountFacts facts(Account a) {
        return new AccountFacts(a.id, a.creator.id, a.creator.name, a.creator.protectedIdentity, a.platform, a.handle,
                a.profileUrl, a.tier);
    }
}
