package dev.creatorwatch.rules.fakefollowers;

import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Module {@code audience-quality}: computes {@link AudienceQuality} and alerts when the score falls below
 * {@code minScore} with at least {@code minParts} parts computed. {@code engagementNorm} is per tier. Follower
 * samples are not part of a rule's context yet, so the fake-share part is reported as not estimated.
 */
@ApplicationScoped
public class AudienceQualityModule implements RuleModule {

    public static final String NAME = "audience-quality";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void validate(RuleParameters p) {
        for (Tier t : Tier.values()) {
            if (!(p.byTier("engagementNorm", t) > 0)) {
                throw new RuleDefinitionException("parameters.engagementNorm", "parameters.engagementNorm must be > 0");
            }
        }
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
        Tier tier = context.account().tier() == null ? Tier.UNKNOWN : context.account().tier();
        AudienceQuality.Settings s = new AudienceQuality.Settings(p.byTier("engagementNorm", tier),
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
