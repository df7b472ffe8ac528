package dev.creatorwatch.rules.engagement;

import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.ElapsedText;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A sudden follower jump between two good snapshots that engagement does not follow: the classic trace of bought
 * followers. When interactions per post grow along with followers, the jump is a viral moment and stays quiet. The
 * earlier snapshot may be a point of imported history; the evidence and the reason then say so.
 */
@ApplicationScoped
public class FollowerJumpModule implements RuleModule {

    @Override
    public String name() {
        return "follower-jump";
    }

    @Override
    public void validate(RuleParameters p) {
        p.number("minRelativeGrowth");
        p.integer("minAbsoluteGrowth");
        p.number("maxDaysBetween");
        p.number("organicEngagementShare");
    }

    @Override
    public List<Finding> evaluate(RuleContext ctx, RuleParameters p) {
        Observation prev = ctx.previous();
        if (prev == null) {
            return List.of();
        }
        Profile before = prev.profile();
        Profile now = ctx.current().profile();
        if (before.followers() == null || now.followers() == null || before.followers() <= 0) {
            return List.of();
        }
        double days = Duration.between(prev.at(), ctx.current().at()).toSeconds() / 86400.0;
        if (days > p.number("maxDaysBetween")) {
            return List.of();
        }
        long gained = now.followers() - before.followers();
        double growth = (double) gained / before.followers();
        if (gained < p.integer("minAbsoluteGrowth") || growth < p.number("minRelativeGrowth")) {
            return List.of();
        }
        OptionalDouble engagedBefore = meanInteractions(before);
        OptionalDouble engagedNow = meanInteractions(now);
        Double engagementGrowth = null;
        if (engagedBefore.isPresent() && engagedNow.isPresent() && engagedBefore.getAsDouble() > 0) {
            engagementGrowth = engagedNow.getAsDouble() / engagedBefore.getAsDouble() - 1;
            if (engagementGrowth >= growth * p.number("organicEngagementShare")) {
                return List.of();
            }
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("followersBefore", before.followers());
        evidence.put("followersNow", now.followers());
        evidence.put("gained", gained);
        evidence.put("relativeGrowth", growth);
        // Hours too: scans of one account can come minutes apart, and "0.0 days" tells an analyst nothing.
        evidence.put("daysBetween", days);
        evidence.put("hoursBetween", Math.round(days * 24 * 100) / 100.0);
        evidence.putAll(PreviousObservation.evidence(prev));
        evidence.put("engagementGrowth", engagementGrowth);
        String engagement = engagementGrowth == null
                ? "Engagement could not be compared (recent posts not visible)."
                : String.format(Locale.ROOT, "Interactions per post changed by %+.0f%% over the same time.",
                        engagementGrowth * 100);
        String origin = PreviousObservation.origin(prev);
        String reason = String.format(Locale.ROOT,
                "Followers jumped from %,d%s to %,d (+%.0f%%) %s. %s Growth like this without matching "
                        + "engagement usually means bought followers.",
                before.followers(), origin.isEmpty() ? "" : " (" + origin + ")", now.followers(), growth * 100,
                ElapsedText.of(days), engagement);
        double confidence = Math.min(1, growth / (2 * p.number("minRelativeGrowth")) + (engagementGrowth == null ? 0 : 0.25));
        // One open alert per account: a second jump while the first is still open adds to its count.
        return List.of(Finding.of(reason, confidence, evidence));
    }

    private static OptionalDouble meanInteractions(Profile p) {
        return p.recentPosts().stream().map(Post::interactions).filter(Objects::nonNull).mapToLong(Long::longValue)
                .average();
    }
}
