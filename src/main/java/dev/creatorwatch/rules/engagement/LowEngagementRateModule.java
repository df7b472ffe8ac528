package dev.creatorwatch.rules.engagement;

import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Engagement rate (mean likes + comments of recent posts over followers) far below the norm of the account's tier:
 * the audience does not react, which is what bought followers look like. Larger accounts naturally engage less, so the
 * floor is per tier. The tier's typical rate, named in the reason, comes from the shared {@link TierEngagementNorms}.
 */
@ApplicationScoped
public class LowEngagementRateModule implements RuleModule {

    private final TierEngagementNorms norms;

    @Inject
    public LowEngagementRateModule(TierEngagementNorms norms) {
        this.norms = norms;
    }

    /** Over the rules folder {@code rules} of the working directory, outside CDI (tests, benchmarks). */
    public LowEngagementRateModule() {
        this(new TierEngagementNorms(Path.of("rules")));
    }

    @Override
    public String name() {
        return "engagement-low-rate";
    }

    @Override
    public void validate(RuleParameters p) {
        p.integer("minPosts");
        EngagementNormTable table = norms.reloadFor(p, "norm");
        for (Tier t : List.of(Tier.EMERGING, Tier.NANO, Tier.MICRO, Tier.MACRO, Tier.MEGA)) {
            double floor = p.byTier("floor", t);
            double norm = table.of(t).orElseThrow();
            if (floor >= norm) {
                String key = t.name().toLowerCase(Locale.ROOT);
                throw new RuleDefinitionException("parameters.floor." + key, String.format(Locale.ROOT,
                        "parameters.floor.%s (%s) must be below the tier's typical rate (%s in %s): an account "
                                + "engaging as usual would be flagged", key, floor, norm, TierEngagementNorms.FILE));
            }
        }
    }

    @Override
    public List<Finding> evaluate(RuleContext ctx, RuleParameters p) {
        Profile profile = ctx.current().profile();
        Tier tier = Tier.ofFollowers(profile.followers());
        if (tier == Tier.UNKNOWN) {
            return List.of();
        }
        List<Long> interactions = profile.recentPosts().stream().map(Post::interactions).filter(Objects::nonNull)
                .toList();
        if (interactions.size() < p.integer("minPosts")) {
            return List.of();
        }
        Double rate = profile.engagementRate();
        double floor = p.byTier("floor", tier);
        double norm = norms.current().of(tier).orElseThrow();
        if (rate == null || rate >= floor) {
            return List.of();
        }
        double confidence = Math.min(1, 1 - rate / floor + 0.25);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("engagementRate", rate);
        evidence.put("floor", floor);
        evidence.put("tierNorm", norm);
        evidence.put("tier", tier.name());
        evidence.put("followers", profile.followers());
        evidence.put("postsMeasured", interactions.size());
        evidence.put("meanInteractionsPerPost", interactions.stream().mapToLong(Long::longValue).average().orElse(0));
        String reason = String.format(Locale.ROOT,
                "Only %s of followers engage with recent posts (%d posts measured), below the %s floor for %s "
                        + "accounts; this one has %,d followers (typical: %s). An audience this quiet is often bought "
                        + "or inactive.",
                percent(rate), interactions.size(), percent(floor), tier.name().toLowerCase(Locale.ROOT),
                profile.followers(), percent(norm));
        return List.of(Finding.of(reason, confidence, evidence));
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }
}
