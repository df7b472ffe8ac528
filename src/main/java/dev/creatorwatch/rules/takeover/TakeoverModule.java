package dev.creatorwatch.rules.takeover;

import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Account takeover or sale: compares the new snapshot with the previous good one and adds up the weights of the
 * changes that hijacked and resold accounts show (new handle, new name, rewritten bio, link to a new domain — more
 * for shorteners and crypto or giveaway pages —, lost verified badge, language switch, burst of posts after
 * dormancy, mass deletion). One finding when the sum falls in the rule's band [minScore, maxScore), so one rule can
 * report lone changes as informational and another several at once as high.
 */
@ApplicationScoped
public class TakeoverModule implements RuleModule {

    public static final String NAME = "takeover";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void validate(RuleParameters parameters) {
        TakeoverSettings.from(parameters);
    }

    @Override
    public List<Finding> evaluate(RuleContext context, RuleParameters parameters) {
        Observation previous = context.previous();
        Observation current = context.current();
        if (previous == null || previous.profile() == null || current.profile() == null) {
            return List.of();
        }
        TakeoverSettings s = TakeoverSettings.from(parameters);
        List<Signal> signals = new ArrayList<>(IdentitySignals.between(previous.profile(), current.profile(), s));
        ActivitySignals.languageSwitch(previous, current, s).ifPresent(signals::add);
        ActivitySignals.postingBurst(current, context.history(), s).ifPresent(signals::add);
        ActivitySignals.massDeletion(previous, current, s).ifPresent(signals::add);
        signals.removeIf(x -> x.weight() <= 0);
        double score = signals.stream().mapToDouble(Signal::weight).sum();
        if (signals.isEmpty() || score < s.minScore() || score >= s.maxScore()) {
            return List.of();
        }
        return List.of(finding(previous, current, signals, score, s));
    }

    private static Finding finding(Observation previous, Observation current, List<Signal> signals, double score,
            TakeoverSettings s) {
        String from = (previous.at().atZone(ZoneOffset.UTC).getYear() == current.at().atZone(ZoneOffset.UTC).getYear()
                ? DAY : DAY_YEAR).format(previous.at());
        String reason = "Between " + from + " and " + DAY_YEAR.format(current.at()) + ", "
                + joinClauses(signals.stream().map(Signal::clause).toList()) + ". " + s.verdict().strip()
                + " (takeover score " + round(score) + ", alerting from " + round(s.minScore()) + ").";
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("from", previous.at().toString());
        evidence.put("to", current.at().toString());
        evidence.put("score", round(score));
        evidence.put("minScore", s.minScore());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Signal x : signals) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("signal", x.id());
            e.put("weight", x.weight());
            e.putAll(x.evidence());
            list.add(e);
        }
        evidence.put("signals", list);
        double confidence = Math.min(1.0, 0.5 + 0.5 * (score - s.minScore()) / s.minScore());
        return Finding.of(reason, confidence, evidence);
    }

    static String joinClauses(List<String> clauses) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
