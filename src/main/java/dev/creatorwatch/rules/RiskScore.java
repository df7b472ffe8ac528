package dev.creatorwatch.rules;

import java.util.Collection;

/**
 * Risk arithmetic, in one place so the README's documented weights are the code's.
 *
 * <p>An alert's score is its severity weight scaled by the finding's confidence: {@code weight × (0.5 + 0.5 ×
 * confidence)}, so a weak finding of a high rule still ranks above a sure finding of a low one. A creator's score
 * combines its open alerts as independent evidence (noisy-OR): {@code 100 × (1 − Π(1 − score/100))}. Two medium
 * alerts (45 each) give 70; it never exceeds 100 and one critical alert alone gives 90.
 */
public final class RiskScore {

    private RiskScore() {
    }

    public static int ofAlert(Severity severity, double confidence) {
        double c = Math.max(0, Math.min(1, confidence));
        return (int) Math.round(severity.weight() * (0.5 + 0.5 * c));
    }

    public static int combine(Collection<Integer> alertScores) {
        double clean = 1.0;
        for (Integer s : alertScores) {
            if (s != null) {
                clean *= 1.0 - Math.max(0, Math.min(100, s)) / 100.0;
            }
        }
        return (int) Math.round(100 * (1 - clean));
    }
}
