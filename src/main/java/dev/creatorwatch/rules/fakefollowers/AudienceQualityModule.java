package dev.creatorwatch.rules.fakefollowers;

import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import dev.creatorwatch.rules.engagement.TierEngagementNorms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Module {@code audience-quality}: computes {@link AudienceQuality} and alerts when the score falls below
 * {@code minScore} with at least {@code minParts} parts computed. Engagement is scored against the tier's typical
 * rate from the shared {@link TierEngagementNorms}. The fake-share part needs the context's follower sample and is
 * reported as not estimated without one.
 */
@ApplicationScoped
public class AudienceQualityModule implements RuleModule {

    public static final String NAME = "audience-quality";

    private final TierEngagementNorms norms;

    @Inject
    public AudienceQualityModule(TierEngagementNorms norms) {
        this.norms = norms;
    }

    /** Over the rules folder {@code rules} of the working directory, outside CDI (tests, benchmarks). */
    public AudienceQualityModule() {
        this(new TierEngagementNorms(Path.of("rules")));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void validate(RuleParameters p) {
        norms.reloadFor(p, "engagementNorm");
        double min = p.number("minScore");
        if (min <= 0 || min > 100 || p.integer("minParts", 2) < 1) {
            throw new RuleDefinitionException("parameters.minScore", "parameters.minScore must be in (0,100], "
                    + "minParts >= 1");
        }
    }

    @Override
    public List<Finding> evaluate(RuleContext context, RuleParameters p) {
        if (context.current() == null || context.account() == null) {
            return List.of();
        }
        Tier tier = context.account().tier() == null || context.account().tier() == Tier.UNKNOWN
                ? Tier.ofFollowers(context.current().profile() == null ? null : context.current().profile().followers())
                : context.account().tier();
        // No typical rate without a tier; nor is there an engagement rate then (it needs followers).
        AudienceQuality.Settings s = new AudienceQuality.Settings(norms.current().of(tier).orElse(Double.NaN),
                p.number("commentsToLikesLow", 0.002), p.number("commentsToLikesHigh", 0.25),
                p.number("growthGapSuspicious", 0.7), p.number("baselineFakeShare", 0.10));
        AudienceQuality.Result r = new AudienceQuality(s).compute(context.current(), context.history(),
                context.followerSample());
        long computed = r.parts().stream().filter(x -> x.score() != null).count();
        double min = p.number("minScore");
        if (r.score() == null || computed < p.integer("minParts", 2) || r.score() >= min) {
            return List.of();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("score", r.score());
        evidence.put("minScore", min);
        evidence.put("tier", tier.name());
        for (AudienceQuality.Part part : r.parts()) {
            Map<String, Object> e = new LinkedHashMap<>(part.evidence());
            e.put("score", part.score() == null ? "not computed" : Math.round(part.score()));
            evidence.put(part.name(), e);
        }
        String weakest = r.parts().stream().filter(x -> x.score() != null && x.score() < 75).map(AudienceQuality.Part::reason)
                .reduce((a, b) -> a + " " + b).orElse("");
        String reason = String.format(Locale.ROOT, "Audience quality %d/100, below %.0f. %s", r.score(), min,
                weakest).trim();
        double confidence = Math.min(1.0, 0.5 + 0.5 * (min - r.score()) / min) * computed / r.parts().size();
        return List.of(new Finding("", Math.max(0.2, confidence), reason, evidence));
    }
}
