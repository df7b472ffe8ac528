package dev.creatorwatch.rules;

import dev.creatorwatch.rules.fakefollowers.FollowerSample;
import java.util.List;

/**
 * Everything a rule may look at for one new good snapshot. Built once per snapshot and shared by all rules, so rules
 * stay pure functions of their input: the same context gives the same findings, in the app and in the rule cases.
 *
 * @param account   the account the snapshot belongs to
 * @param current   the new good snapshot
 * @param history   earlier good snapshots of the same account, newest first (bounded)
 * @param siblings  the creator's other accounts
 * @param protectedIdentities identities of protected creators and brands (excluding the account's own creator)
 * @param availability whether this scan could read the account; when it is not good, {@code current} has no profile
 *                     and only modules that {@linkplain RuleModule#watchesAvailability() watch availability} run
 * @param followerSample the account's latest checked follower sample, or null when none was possible
 */
public record RuleContext(
        AccountFacts account,
        Observation current,
        List<Observation> history,
        List<AccountFacts> siblings,
        List<ProtectedIdentity> protectedIdentities,
        FollowerSample followerSample,
        Availability availability) {

    /** The context of a new good snapshot, without a follower sample. */
    public RuleContext(AccountFacts account, Observation current, List<Observation> history,
            List<AccountFacts> siblings, List<ProtectedIdentity> protectedIdentities) {
        this(account, current, history, siblings, protectedIdentities, null, Availability.good());
    }

    public RuleContext {
        availability = availability == null ? Availability.good() : availability;
        history = history == null ? List.of() : List.copyOf(history);
        siblings = siblings == null ? List.of() : List.copyOf(siblings);
        protectedIdentities = protectedIdentities == null ? List.of() : List.copyOf(protectedIdentities);
    }

    /** The most recent earlier good snapshot, or null on the first one. */
    public Observation previous() {
        return history.isEmpty() ? null : history.get(0);
    }
}
