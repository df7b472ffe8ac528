package dev.creatorwatch.rules.fakefollowers;

import java.util.List;
import java.util.Map;

/**
 * A gradient-boosted tree ensemble on log-odds, stored as plain JSON data beside the rule files so its parameters are
 * reviewable and versioned. {@code threshold} is the probability at or above which an account is called fake; it
 * was chosen on training folds only. {@code training} records where the model came from (data, licence, seed).
 */
public record BoostedTreesModel(String format, List<FakeFeature> features, double baseLogOdds, double threshold,
                                List<RegressionTree> trees, Map<String, Object> training) {

    public static final String FORMAT = "creatorwatch-gbt-1";

    public BoostedTreesModel {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("unknown model format '" + format + "', expected " + FORMAT);
        }
        features = List.copyOf(features);
        trees = List.copyOf(trees);
        training = training == null ? Map.of() : Map.copyOf(training);
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1), was " + threshold);
        }
        for (RegressionTree t : trees) {
            for (int f : t.feature()) {
                if (f >= features.size()) {
                    throw new IllegalArgumentException("tree uses feature " + f + " beyond the feature list");
                }
            }
        }
    }

    /** Probability that the account is fake; {@code x} is indexed like {@link #features()}. */
    public double probability(double[] x) {
        return sigmoid(logOdds(x));
    }

    public double logOdds(double[] x) {
        double s = baseLogOdds;
        for (RegressionTree t : trees) {
            s += t.predict(x);
        }
        return s;
    }

    /** Per-feature log-odds contributions (positive = towards fake); they sum, with the base and every tree's root value, to {@link #logOdds}. */
    public double[] contributions(double[] x) {
        double[] c = new double[features.size()];
        for (RegressionTree t : trees) {
            t.explain(x, c);
        }
        return c;
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
