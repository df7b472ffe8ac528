package dev.creatorwatch.rules.fakefollowers;

import java.util.List;

/**
 * The logistic part of the fake-account model: weighted, standardised transforms of profile features plus weighted
 * products of two of them (squares and interactions of the log counts). It adds log-odds to the trees' sum.
 *
 * <p>Why it exists: on ~1,000 labelled accounts the trees cut followers/following/posts into boxes, while fakes and
 * real accounts differ along smooth diagonals of the log counts (many follows for few posts and few followers); a
 * quadratic surface in the logs draws that boundary with a dozen weights. Each input is centred on its training
 * mean, so a feature the page does not show (NaN) sits at the centre and adds nothing, the same "no evidence"
 * reading a missing value has everywhere else. Each input is also clamped to a range seen in training: a square
 * keeps growing outside the data, and without the clamp a genuine creator with 10,000 posts would score as fake.
 */
public record LogisticPart(List<Input> inputs, List<Pair> pairs) {

    /** How a raw feature value becomes an input before centring and scaling. */
    public enum Transform {
        /** log(1 + max(0, v)): counts span five orders of magnitude. */
        LOG1P,
        /** 1 when v is 0, else 0: "no posts at all" differs from "one post" more than the logs say. */
        IS_ZERO,
        IDENTITY;

        double apply(double v) {
            return switch (this) {
                case LOG1P -> Math.log1p(Math.max(0, v));
                case IS_ZERO -> v == 0 ? 1 : 0;
                case IDENTITY -> v;
            };
        }
    }

    /**
     * {@code z = (clamp(transform(v), lower, upper) - center) / scale}; the input adds {@code weight * z} to the
     * log-odds.
     */
    public record Input(FakeFeature feature, Transform transform, double lower, double upper, double center,
                        double scale, double weight) {

        public Input {
            if (!(scale > 0) || !Double.isFinite(center) || !Double.isFinite(weight) || !(lower < upper)
                    || !Double.isFinite(lower) || !Double.isFinite(upper)) {
                // lower < upper also refuses a file that lacks the bounds (both read as 0)
                throw new IllegalArgumentException("logistic input " + feature + " needs a positive scale, "
                        + "lower < upper and finite bounds, centre and weight");
            }
        }

        double z(double raw) {
            return Double.isNaN(raw) ? 0 : (Math.min(upper, Math.max(lower, transform.apply(raw))) - center) / scale;
        }

        /** The raw value at the centre (the training mean in transformed space); NaN for a 0/1 indicator. */
        double typical() {
            return switch (transform) {
                case LOG1P -> Math.expm1(center);
                case IDENTITY -> center;
                case IS_ZERO -> Double.NaN;
            };
        }

        Input withWeight(double w) {
            return new Input(feature, transform, lower, upper, center, scale, w);
        }
    }

    /** Adds {@code weight * z[a] * z[b]} to the log-odds ({@code a == b} for a square). */
    public record Pair(int a, int b, double weight) {
    }

    public LogisticPart {
        inputs = List.copyOf(inputs);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        for (Pair p : pairs) {
            if (p.a() < 0 || p.b() < 0 || p.a() >= inputs.size() || p.b() >= inputs.size()) {
                throw new IllegalArgumentException("logistic pair refers to an input beyond the list");
            }
        }
    }

    /** The typical raw value of {@code f} (see {@link Input#typical}), NaN when no input reads it as it is. */
    double typical(FakeFeature f) {
        for (Input in : inputs) {
            if (in.feature() == f && in.transform() != Transform.IS_ZERO) {
                return in.typical();
            }
        }
        return Double.NaN;
    }

    /** Log-odds added by this part; {@code x} is indexed like {@code features}. */
    double logOdds(double[] x, List<FakeFeature> features) {
        double[] z = standardise(x, features);
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            s += inputs.get(i).weight() * z[i];
        }
        for (Pair p : pairs) {
            s += p.weight() * z[p.a()] * z[p.b()];
        }
        return s;
    }

    /**
     * Adds each input's share to {@code contributions} (indexed like {@code features}): its own term plus half of
     * every product it is in, so the shares sum exactly to {@link #logOdds}.
     */
    void explain(double[] x, List<FakeFeature> features, double[] contributions) {
        double[] z = standardise(x, features);
        for (int i = 0; i < z.length; i++) {
            contributions[features.indexOf(inputs.get(i).feature())] += inputs.get(i).weight() * z[i];
        }
        for (Pair p : pairs) {
            double half = p.weight() * z[p.a()] * z[p.b()] / 2;
            contributions[features.indexOf(inputs.get(p.a()).feature())] += half;
            contributions[features.indexOf(inputs.get(p.b()).feature())] += half;
        }
    }

    /** Each input's z for one account; {@code x} is indexed like {@code features}. */
    double[] standardise(double[] x, List<FakeFeature> features) {
        double[] z = new double[inputs.size()];
        for (int i = 0; i < z.length; i++) {
            Input in = inputs.get(i);
            z[i] = in.z(x[features.indexOf(in.feature())]);
        }
        return z;
    }
}
