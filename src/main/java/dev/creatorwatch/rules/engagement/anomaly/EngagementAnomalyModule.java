package dev.creatorwatch.rules.engagement.anomaly;

import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import dev.creatorwatch.rules.engagement.PreviousObservation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Module {@code engagement-anomaly}: replays the account's bounded history through {@link AccountAnomalyDetector}
 * (the NAB-scored {@link SeriesAnomalyDetector} per metric, with account logic on top), then feeds the current snapshot, and reports only the events the CURRENT snapshot opens, so a rule stays a pure
 * function of its context and one event alerts once. Parameters (all optional, see {@link #settings}) and
 * {@code events:} (which {@link AnomalyKind}s this rule reports, default all).
 */
@ApplicationScoped
public class EngagementAnomalyModule implements RuleModule {

    public static final String NAME = "engagement-anomaly";
    /** Events about the follower count, which compare it with one earlier observation: the evidence names that one. */
    private static final Set<AnomalyKind> FOLLOWER_EVENTS = EnumSet.of(AnomalyKind.FOLLOWER_JUMP,
            AnomalyKind.FOLLOWER_DROP);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void validate(RuleParameters parameters) {
        AccountAnomalyDetector.Settings s = settings(parameters);
        if (s.minRates() < 1 || s.zThreshold() <= 0 || s.jumpMinFraction() <= 0 || s.dropMinFraction() <= 0
                || s.spikeRatio() <= 1 || s.burstRatio() <= 1 || s.viralEngagementRatio() <= 0
                || s.alphaPerDay() <= 0 || s.alphaPerDay() > 1) {
            throw new RuleDefinitionException("parameters", "parameters out of range: " + s);
        }
        kinds(parameters);
    }

    @Override
    public List<Finding> evaluate(RuleContext context, RuleParameters parameters) {
        AccountAnomalyDetector detector = new AccountAnomalyDetector(settings(parameters));
        List<Observation> past = new ArrayList<>(context.history());
        past.removeIf(o -> o == null || o.at() == null || o.profile() == null);
        past.sort(Comparator.comparing(Observation::at));
        for (Observation o : past) {
            detector.update(AccountPoint.of(o));
        }
        if (context.current() == null || context.current().at() == null || context.current().profile() == null) {
            return List.of();
        }
        Set<AnomalyKind> wanted = kinds(parameters);
        List<Finding> findings = new ArrayList<>();
        for (AnomalyEvent e : detector.update(AccountPoint.of(context.current()))) {
            if (wanted.contains(e.kind())) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("event", e.kind().name());
                evidence.putAll(e.evidence());
                evidence.put("snapshotAt", e.at().toString());
                evidence.put("historyPoints", past.size());
                String reason = e.reason();
                Observation before = FOLLOWER_EVENTS.contains(e.kind()) ? lastFollowerCount(past) : null;
                if (before != null) {
                    evidence.putAll(PreviousObservation.evidence(before));
                    if (before.isImported()) {
                        reason += String.format(Locale.ROOT, " The earlier count, %,d, is the one %s, not a scan "
                                + "of ours.", before.profile().followers(), PreviousObservation.origin(before));
                    }
                }
                String key = e.kind().name().toLowerCase(Locale.ROOT) + ":"
                        + e.at().atOffset(ZoneOffset.UTC).toLocalDate();
                findings.add(new Finding(key, e.confidence(), reason, evidence));
            }
        }
        return findings;
    }

    /** The observation a follower event compares with: the newest one with a follower count, as the detector reads. */
    private static Observation lastFollowerCount(List<Observation> oldestFirst) {
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            Long f = oldestFirst.get(i).profile().followers();
            if (f != null && f >= 0) {
                return oldestFirst.get(i);
            }
        }
        return null;
    }

    static AccountAnomalyDetector.Settings settings(RuleParameters p) {
        AccountAnomalyDetector.Settings d = AccountAnomalyDetector.Settings.defaults();
        return new AccountAnomalyDetector.Settings(
                (int) p.integer("minHistory", d.minRates()),
                p.number("alphaPerDay", d.alphaPerDay()),
                p.number("zThreshold", d.zThreshold()),
                p.number("jumpMinFraction", d.jumpMinFraction()),
                p.number("dropMinFraction", d.dropMinFraction()),
                p.number("followerNoiseFloorPerDay", d.followerNoiseFloorPerDay()),
                p.number("viralEngagementRatio", d.viralEngagementRatio()),
                p.number("spikeRatio", d.spikeRatio()),
                p.number("spikeMaxFollowerGrowth", d.spikeMaxFollowerGrowth()),
                p.number("burstRatio", d.burstRatio()),
                p.integer("burstMinPosts", d.burstMinPosts()),
                p.number("minPostsPerDay", d.minPostsPerDay()));
    }

    private static Set<AnomalyKind> kinds(RuleParameters p) {
        List<String> names = p.textList("events");
        if (names.isEmpty()) {
            return EnumSet.allOf(AnomalyKind.class);
        }
        Set<AnomalyKind> kinds = EnumSet.noneOf(AnomalyKind.class);
        for (String n : names) {
            try {
                kinds.add(AnomalyKind.valueOf(n.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new RuleDefinitionException("parameters.events", "parameters.events: unknown event '" + n
                        + "', expected one of " + EnumSet.allOf(AnomalyKind.class));
            }
        }
        return kinds;
    }
}
