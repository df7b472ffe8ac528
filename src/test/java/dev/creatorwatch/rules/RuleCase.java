package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.parse.Profile;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One case from a {@code <rule>.cases.yaml} file. {@code source} (scan when absent) says which evaluation the case is
 * part of; {@code sanctioned} lists accounts protected creators have allowlisted; {@code avatar} is the hash of the
 * picture the snapshot's profile shows (16 hex digits), when it was read. {@code evidenceIncludes} names evidence
 * values an alert must carry (numbers compared as numbers), so a reviewer can pin what the analyst will see.
 */
public record RuleCase(String name, String expect, String reasonContains, Map<String, Object> evidenceIncludes,
        AccountInput account,
        List<ObservationInput> history, ObservationInput snapshot, List<ProtectedIdentity> protectedIdentities,
        RuleContext.Source source, List<ProtectedIdentitySet.Sanctioned> sanctioned, AvailabilityInput availability,
        AvatarHash avatar) {

    static final long CASE_CREATOR = 1_000_000_001L;
    static final long CASE_ACCOUNT = 1_000_000_002L;

    /** The account part of a case; missing values get harmless defaults. */
    public record AccountInput(Platform platform, String handle, String creatorName, Boolean creatorProtected,
            Tier tier, Long creatorId, Long accountId, String profileUrl) {

        AccountFacts toFacts(Profile current) {
            Tier t = tier != null ? tier : Tier.ofFollowers(current.followers());
            // Defaults far from the ids cases give their protected identities, so an account is never taken for one
            // of its own creator's unless the case says so.
            return new AccountFacts(accountId == null ? CASE_ACCOUNT : accountId,
                    creatorId == null ? CASE_CREATOR : creatorId,
                    creatorName == null ? "Case creator" : creatorName, Boolean.TRUE.equals(creatorProtected),
                    platform == null ? Platform.WEB : platform, handle, profileUrl, t);
        }
    }

    /**
     * A dated profile; {@code imported} ({@code {importId: ..., importedAt: ...}}) makes a history entry a point of
     * imported history rather than a scan.
     */
    public record ObservationInput(Instant at, Profile profile, Observation.Imported imported) {
    }

    /**
     * How the scan of the case's snapshot ended when it is not a good read: then the snapshot has no profile and
     * {@code lastGoodAt} defaults to the newest history entry.
     */
    public record AvailabilityInput(FetchOutcome outcome, FetchOutcome previousOutcome, Integer consecutive,
            Instant lastGoodAt) {
    }

    /** The context this case describes; history comes oldest first in the file and newest first in the context. */
    RuleContext toContext() {
        Profile current = snapshot.profile() == null ? Profile.builder().build() : snapshot.profile();
        boolean gone = availability != null && availability.outcome() != FetchOutcome.OK;
        List<Observation> past = history == null ? List.of() : history.stream()
                .map(h -> new Observation(null, h.at(), h.profile() == null ? Profile.builder().build() : h.profile(),
                        h.imported()))
                .sorted((a, b) -> b.at().compareTo(a.at())).toList();
        AccountInput acc = account == null ? new AccountInput(null, null, null, null, null, null, null, null) : account;
        ProtectedIdentitySet identities = new ProtectedIdentitySet(
                protectedIdentities == null ? List.of() : protectedIdentities, sanctioned == null ? List.of() : sanctioned,
                "case");
        Availability status = !gone ? Availability.good() : new Availability(availability.outcome(),
                availability.previousOutcome(), availability.consecutive() == null ? 1 : availability.consecutive(),
                availability.lastGoodAt() != null ? availability.lastGoodAt()
                        : past.isEmpty() ? null : past.get(0).at());
        return new RuleContext(acc.toFacts(current), new Observation(null, snapshot.at(), gone ? null : current), past,
                List.of(), identities, source, null, status, avatar);
    }
}
