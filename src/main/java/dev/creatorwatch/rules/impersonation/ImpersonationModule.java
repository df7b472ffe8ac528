package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.ProtectedIdentity;
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
        ImpersonationSettings settings = ImpersonationSettings.from(parameters);
        LookalikeScorer scorer = new LookalikeScorer(settings);
        CandidateAccount candidate = CandidateAccount.from(context);
        IdentityKeys candidateKeys = scorer.keys(candidate.handle(), candidate.displayName(), candidate.bio());
        Map<String, LookalikeMatch> bestPerCreator = new LinkedHashMap<>();
        for (ProtectedIdentity p : context.protectedIdentities()) {
            if (LookalikeScorer.isSelf(candidate, p)
                    || (!settings.crossPlatform() && p.platform() != candidate.platform())) {
                continue;
            }
            LookalikeMatch m = scorer.score(candidate, candidateKeys, p, scorer.keys(p));
            if (m.alert()) {
                bestPerCreator.merge(creatorKey(p), m, (a, b) -> better(candidate).compare(a, b) <= 0 ? a : b);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (LookalikeMatch m : bestPerCreator.values()) {
            findings.add(new Finding(findingKey(m.target()), m.score(), MatchExplainer.reason(candidate, m),
                    MatchExplainer.evidence(candidate, m, settings)));
        }
        return findings;
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
