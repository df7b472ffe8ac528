package dev.creatorwatch.rules.takeover;

import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleParameters;
import java.util.List;
import java.util.Locale;

/**
 * The takeover rule's parameters, read and checked once. Every weight and threshold comes from the rule file; none
 * has a default in code, so what runs is what the file says.
 */
record TakeoverSettings(
        double minScore,
        double maxScore,
        String verdict,
        double handleWeight,
        double displayNameWeight,
        double displayNameMaxSimilarity,
        double bioWeight,
        double bioMaxSimilarity,
        int bioMinLength,
        double linkWeight,
        double linkShortenerWeight,
        double linkSuspiciousWeight,
        List<String> shortenerDomains,
        List<String> suspiciousWords,
        double verifiedLostWeight,
        double languageWeight,
        int languageMinLetters,
        double burstWeight,
        int burstPosts,
        int burstDays,
        int dormantDays,
        double deletionWeight,
        double deletionMinShare,
        int deletionMinPosts) {

    static TakeoverSettings from(RuleParameters p) {
        TakeoverSettings s = new TakeoverSettings(
                positive(p, "minScore"),
                p.has("maxScore") ? positive(p, "maxScore") : Double.POSITIVE_INFINITY,
                p.text("verdict"),
                weight(p, "handleWeight"),
                weight(p, "displayNameWeight"),
                share(p, "displayNameMaxSimilarity"),
                weight(p, "bioWeight"),
                share(p, "bioMaxSimilarity"),
                count(p, "bioMinLength"),
                weight(p, "linkWeight"),
                weight(p, "linkShortenerWeight"),
                weight(p, "linkSuspiciousWeight"),
                lowerCase(p.textList("shortenerDomains")),
                lowerCase(p.textList("suspiciousWords")),
                weight(p, "verifiedLostWeight"),
                weight(p, "languageWeight"),
                count(p, "languageMinLetters"),
                weight(p, "burstWeight"),
                count(p, "burstPosts"),
                count(p, "burstDays"),
                count(p, "dormantDays"),
                weight(p, "deletionWeight"),
                share(p, "deletionMinShare"),
                count(p, "deletionMinPosts"));
        if (s.maxScore <= s.minScore) {
            throw new RuleDefinitionException("parameters.maxScore", "parameters.maxScore must be above minScore");
        }
        if (s.burstPosts < 2) {
            throw new RuleDefinitionException("parameters.burstPosts", "parameters.burstPosts must be 2 or more");
        }
        return s;
    }

    private static double weight(RuleParameters p, String name) {
        double v = p.number(name);
        if (v < 0) {
            throw new RuleDefinitionException("parameters." + name, "parameters." + name + " must be 0 or more");
        }
        return v;
    }

    private static double positive(RuleParameters p, String name) {
        double v = p.number(name);
        if (v <= 0) {
            throw new RuleDefinitionException("parameters." + name, "parameters." + name + " must be above 0");
        }
        return v;
    }

    private static double share(RuleParameters p, String name) {
        double v = p.number(name);
        if (v < 0 || v > 1) {
            throw new RuleDefinitionException("parameters." + name, "parameters." + name + " must be between 0 and 1");
        }
        return v;
    }

    private static int count(RuleParameters p, String name) {
        long v = p.integer(name);
        if (v < 1 || v > 100_000) {
            throw new RuleDefinitionException("parameters." + name, "parameters." + name
                    + " must be between 1 and 100000");
        }
        return (int) v;
    }

    private static List<String> lowerCase(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
    }
}
