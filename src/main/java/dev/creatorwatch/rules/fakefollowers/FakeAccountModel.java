package dev.creatorwatch.rules.fakefollowers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake-account model: log-odds from a gradient-boosted tree ensemble, a {@link LogisticPart}, or both, stored as
 * plain JSON data beside the rule files so its parameters are reviewable and versioned. The log-odds are
 * {@code baseLogOdds} plus every tree's leaf value plus the logistic part (the shipped model is the logistic part
 * alone; the trees stay because they are the comparison the evaluation prints, and older model files hold them).
 * The format names ("gbt") date from the trees-only model and are kept so those files still read.
 * {@code threshold} is the probability at or above which an account is called fake; it was chosen on training folds
 * only. {@code training} records where the model came from (data, licence, seed).
 */
public record FakeAccountModel(String format, List<FakeFeature> features, double baseLogOdds, double threshold,
                                List<RegressionTree> trees, LogisticPart logistic, Map<String, Object> training) {

    public static final String FORMAT = "creatorwatch-gbt-2";
    /** The trees-only format before the logistic part; such a file reads as a model without one. */
    static final String FORMAT_TREES_ONLY = "creatorwatch-gbt-1";

    public FakeAccountModel {
        if (!FORMAT.equals(format) && !FORMAT_TREES_ONLY.equals(format)) {
            throw new IllegalArgumentException("unknown model format '" + format + "', expected " + FORMAT);
        }
        if (FORMAT_TREES_ONLY.equals(format) && logistic != null) {
            throw new IllegalArgumentException(FORMAT_TREES_ONLY + " has no logistic part");
        }
        features = List.copyOf(features);
        trees = List.copyOf(trees);
        if (logistic != null) {
            for (LogisticPart.Input in : logistic.inputs()) {
                if (!features.contains(in.feature())) {
                    throw new IllegalArgumentException("logistic input " + in.feature()
                            + " is not in the feature list");
                }
            }
        }
        // insertion order, not Map.copyOf: its iteration order changes from one JVM run to the next, and so did the
        // key order of a retrained model file
        training = training == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(training));
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
        return logistic == null ? s : s + logistic.logOdds(x, features);
    }

    /**
     * Per-feature log-odds contributions (positive = towards fake); they sum, with the base and every tree's root
     * value, to {@link #logOdds}.
     */
    public double[] contributions(double[] x) {
        double[] c = new double[features.size()];
        for (RegressionTree t : trees) {
            t.explain(x, c);
        }
        if (logistic != null) {
            logistic.explain(x, features, c);
        }
        return c;
    }

    /**
     * A typical value of the feature at {@code index}, for wording reasons ("few" or "many" relative to it): the
     * logistic part's centre; NaN for a trees-only model, which has no such reference.
     */
    public double typical(int index) {
        return logistic == null ? Double.NaN : logistic.typical(features.get(index));
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
