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
 * @param protectedIdentities identities of protected creators and brands, the account's own creator included (modules
 *                  skip it), with the accounts they sanctioned
 * @param source    why the profile is being evaluated: a watched account's scan, a one-off check, or discovery
 * @param followerSample the account's latest checked follower sample, or null when none was possible
 * @param availability whether this scan could read the account; when it is not good, {@code current} has no profile
 *                     and only modules that {@linkplain RuleModule#watchesAvailability() watch availability} run
 * @param avatar    the perceptual hash of the profile picture {@code current} shows, or null when there is none to
 *                  compare (no picture, not fetched yet, a failed fetch, a blank or default picture)
 */
public record RuleContext(
        AccountFacts account,
        Observation current,
        List<Observation> history,
        List<AccountFacts> siblings,
        ProtectedIdentitySet protectedIdentities,
        Source source,
        FollowerSample followerSample,
        Availability availability,
        AvatarHash avatar) {

    /** Where the profile under evaluation comes from; rules may run for some sources only. */
    public enum Source {
        /** A scheduled scan or scan-now of a watched account. */
        SCAN,
        /** The pre-contract creator check of a profile that may not be watched. */
        CHECK,
        /** An account found by the discovery job or submitted as a suspect: not watched, checked for impersonation. */
        DISCOVERY
    }

    public RuleContext {
        availability = availability == null ? Availability.good() : availability;
        history = history == null ? List.of() : List.copyOf(history);
        siblings = siblings == null ? List.of() : List.copyOf(siblings);
        protectedIdentities = protectedIdentities == null ? ProtectedIdentitySet.EMPTY : protectedIdentities;
        source = source == null ? Source.SCAN : source;
    }

    /** Without an avatar hash. */
    public RuleContext(AccountFacts account, Observation current, List<Observation> history,
            List<AccountFacts> siblings, ProtectedIdentitySet protectedIdentities, Source source,
            FollowerSample followerSample, Availability availability) {
        this(account, current, history, siblings, protectedIdentities, source, followerSample, availability, null);
    }

    /** A scan context over a plain list of protected identities (rule cases and module tests). */
    public RuleContext(AccountFacts account, Observation current, List<Observation> history,
            List<AccountFacts> siblings, List<ProtectedIdentity> protectedIdentities) {
        this(account, current, history, siblings, ProtectedIdentitySet.of(protectedIdentities), Source.SCAN, null,
                Availability.good());
    }

    /** The most recent earlier good snapshot, or null on the first one. */
    public Observation previous() {
        return history.isEmpty() ? null : history.get(0);
    }
}
