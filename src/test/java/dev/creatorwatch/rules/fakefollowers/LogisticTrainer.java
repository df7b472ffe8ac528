package dev.creatorwatch.rules.fakefollowers;

import dev.creatorwatch.rules.fakefollowers.LogisticPart.Transform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits a {@link LogisticPart} by Newton's method on the L2-penalised logistic loss. The design is fixed, not searched:
 * the log counts (followers, following, posts) with their squares and pairwise products, "no posts at all", the log
 * bio length, and every other profile signal as it is. The ratio features are left out because their logs are
 * already differences of the log counts. An input with fewer than two distinct known values in the training rows is
 * dropped (a set that does not record it), so the file carries no dead weights.
 */
final class LogisticTrainer {

    /** The fitted intercept (the log-odds at every input's centre) and the part. */
    record Fit(double intercept, LogisticPart part) {
    }

    private static final List<FakeFeature> COUNTS = List.of(FakeFeature.FOLLOWERS, FakeFeature.FOLLOWING,
            FakeFeature.POSTS);
    private static final List<FakeFeature> AS_IS = List.of(FakeFeature.HAS_PROFILE_PICTURE, FakeFeature.IS_PRIVATE,
            FakeFeature.HAS_EXTERNAL_URL, FakeFeature.USERNAME_LENGTH, FakeFeature.USERNAME_DIGIT_RATIO,
            FakeFeature.USERNAME_NUMBER_AT_END, FakeFeature.USERNAME_LOWERCASE_RATIO, FakeFeature.USERNAME_SEPARATORS,
            FakeFeature.FULLNAME_WORDS, FakeFeature.FULLNAME_DIGIT_RATIO, FakeFeature.NAME_EQUALS_USERNAME);
    private static final int MAX_ITERATIONS = 100;
    /** Share of a log count's right tail that is clamped. */
    private static final double TAIL = 0.01;

    private final double l2;

    /** {@code l2} penalises the squared weights of the standardised inputs (not the intercept). */
    LogisticTrainer(double l2) {
        this.l2 = l2;
    }

    /** {@code x[row]} is indexed like {@code features}; {@code y} is 1 for fake. */
    Fit train(double[][] x, int[] y, List<FakeFeature> features) {
        List<LogisticPart.Input> inputs = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (FakeFeature f : COUNTS) {
            addInput(inputs, x, features, f, Transform.LOG1P);
        }
        int logs = inputs.size();
        for (int a = 0; a < logs; a++) {
            for (int b = a; b < logs; b++) {
                pairs.add(new int[] {a, b});
            }
        }
        addInput(inputs, x, features, FakeFeature.POSTS, Transform.IS_ZERO);
        addInput(inputs, x, features, FakeFeature.BIO_LENGTH, Transform.LOG1P);
        for (FakeFeature f : AS_IS) {
            addInput(inputs, x, features, f, Transform.IDENTITY);
        }
        double[][] design = design(x, features, inputs, pairs);
        double[] w = newton(design, y);
        List<LogisticPart.Input> weighted = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            weighted.add(inputs.get(i).withWeight(w[i + 1]));
        }
        List<LogisticPart.Pair> weightedPairs = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            weightedPairs.add(new LogisticPart.Pair(pairs.get(k)[0], pairs.get(k)[1], w[1 + inputs.size() + k]));
        }
        return new Fit(w[0], new LogisticPart(weighted, weightedPairs));
    }

    /**
     * Bounds, centre and scale from the known training values; skipped when they do not vary. Every input is clamped
     * to the range seen, and a log count's upper end further to its 99th percentile: the long right tail of the
     * counts holds a handful of accounts (a fake with 4,000 posts) that would otherwise bend the squares upwards, so
     * that a creator with 10,000 posts scored as fake. The lower end of a count is 0, a floor rather than a tail,
     * and the strongest signal of all (no posts), so it is left alone.
     */
    private static void addInput(List<LogisticPart.Input> inputs, double[][] x, List<FakeFeature> features,
                                 FakeFeature f, Transform t) {
        int col = features.indexOf(f);
        if (col < 0) {
            return;
        }
        double[] v = Arrays.stream(x).mapToDouble(r -> r[col]).filter(d -> !Double.isNaN(d)).map(t::apply)
                .sorted().toArray();
        if (v.length == 0) {
            return;
        }
        double lower = v[0];
        double upper = t == Transform.LOG1P ? v[(int) Math.ceil((1 - TAIL) * (v.length - 1))] : v[v.length - 1];
        if (!(lower < upper)) {
            return;
        }
        double[] c = Arrays.stream(v).map(d -> Math.min(upper, Math.max(lower, d))).toArray();
        double mean = Arrays.stream(c).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(c).map(d -> (d - mean) * (d - mean)).sum() / c.length);
        if (sd > 0) {
            inputs.add(new LogisticPart.Input(f, t, lower, upper, mean, sd, 0));
        }
    }

    /** Columns: 1, every input's z, every pair's product of z. */
    private static double[][] design(double[][] x, List<FakeFeature> features, List<LogisticPart.Input> inputs,
                                     List<int[]> pairs) {
        LogisticPart unweighted = new LogisticPart(inputs, List.of());
        double[][] d = new double[x.length][1 + inputs.size() + pairs.size()];
        for (int r = 0; r < x.length; r++) {
            d[r][0] = 1;
            System.arraycopy(unweighted.standardise(x[r], features), 0, d[r], 1, inputs.size());
            for (int k = 0; k < pairs.size(); k++) {
                d[r][1 + inputs.size() + k] = d[r][1 + pairs.get(k)[0]] * d[r][1 + pairs.get(k)[1]];
            }
        }
        return d;
    }

    private double[] newton(double[][] d, int[] y) {
        int m = d[0].length;
        double[] w = new double[m];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] g = new double[m];
            double[][] h = new double[m][m];
            for (int r = 0; r < d.length; r++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += w[j] * d[r][j];
                }
                double p = FakeAccountModel.sigmoid(s);
                double curvature = Math.max(p * (1 - p), 1e-12);
                for (int j = 0; j < m; j++) {
                    g[j] += (p - y[r]) * d[r][j];
                    for (int k = 0; k <= j; k++) {
                        h[j][k] += curvature * d[r][j] * d[r][k];
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < j; k++) {
                    h[k][j] = h[j][k];
                }
                if (j > 0) {
                    g[j] += l2 * w[j];
                    h[j][j] += l2;
                }
            }
            double[] step = solve(h, g);
            double largest = 0;
            for (int j = 0; j < m; j++) {
                w[j] -= step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < 1e-9) {
                break;
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting; {@code a} is positive definite here, so it does not fail. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * out[k];
            }
            out[r] = s / m[r][r];
        }
        return out;
    }
}
