package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.ProtectedIdentity;
import dev.creatorwatch.rules.ProtectedIdentitySet;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flags an account whose handle (and often display name) imitates a protected creator's or brand's account. One
 * finding per imitated creator, keyed by the best-matching protected account, so a copy of a creator who has the
 * same handle on three platforms raises one alert, not three.
 */
@ApplicationScoped
public class ImpersonationModule implements RuleModule {

    public static final String NAME = "impersonation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void validate(RuleParameters parameters) {
        ImpersonationSettings.from(parameters);
    }

    @Override
    public List<Finding> evaluate(RuleContext context, RuleParameters parameters) {
        if (context.current() == null || context.current().profile() == null) {
            return List.of();
        }
        ProtectedIdentitySet identities = context.protectedIdentities();
        ProtectedIdentityIndex index = index(identities, parameters);
        ImpersonationSettings settings = index.scorer().settings();
        if (!settings.sources().contains(context.source()) || index.size() == 0) {
            return List.of();
        }
        CandidateAccount candidate = CandidateAccount.from(context);
        Map<String, LookalikeMatch> bestPerCreator = new LinkedHashMap<>();
        // The index returns exactly the identities the full scorer alerts on (own creator and, unless crossPlatform,
        // other platforms left out), without comparing the candidate with every identity.
        for (LookalikeMatch m : index.matches(candidate)) {
            ProtectedIdentity p = m.target();
            if (identities.isSanctioned(p.creatorId(), candidate.platform(), candidate.handle())) {
                continue;
            }
            bestPerCreator.merge(creatorKey(p), m, (a, b) -> better(candidate).compare(a, b) <= 0 ? a : b);
        }
        List<Finding> findings = new ArrayList<>();
        for (LookalikeMatch m : bestPerCreator.values()) {
            findings.add(new Finding(findingKey(m.target()), m.score(), MatchExplainer.reason(candidate, m),
                    MatchExplainer.evidence(candidate, m, settings)));
        }
        return findings;
    }

    /** The index of the set for this rule's parameters: built once per set and rule, then shared by all threads. */
    public static ProtectedIdentityIndex index(ProtectedIdentitySet identities, RuleParameters parameters) {
        return identities.view(parameters,
                all -> ProtectedIdentityIndex.build(all, ImpersonationSettings.from(parameters)));
    }

    /** Orders matches best first: higher score, then the candidate's own platform, then lower account id. */
    private static Comparator<LookalikeMatch> better(CandidateAccount candidate) {
        return Comparator.comparingDouble(LookalikeMatch::score).reversed()
                .thenComparing(m -> m.target().platform() != candidate.platform())
                .thenComparing(m -> m.target().accountId() == null ? Long.MAX_VALUE : m.target().accountId());
    }

    private static String creatorKey(ProtectedIdentity p) {
        return p.creatorId() != null ? "creator:" + p.creatorId() : "name:" + IdentityText.fold(p.creatorName());
    }

    /** The imitated account, as platform and folded handle: stable across snapshots, readable in the alert list. */
    static String findingKey(ProtectedIdentity p) {
        String platform = p.platform() == null ? "any" : p.platform().id();
        return platform + ":" + IdentityText.fold(p.handle()).toLowerCase(Locale.ROOT);
    }
}
