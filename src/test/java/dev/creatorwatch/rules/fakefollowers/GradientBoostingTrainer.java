package dev.creatorwatch.rules.fakefollowers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fits a {@link FakeAccountModel}: second-order gradient boosting of small regression trees on the logistic loss,
 * with a learnt default branch for missing (NaN) values. Deterministic for a given seed.
 */
final class GradientBoostingTrainer {

    /**
     * {@code fakeWeight} multiplies the loss of fake rows (the rare class); {@code colsample} is the share of features
     * each tree may split on.
     */
    record Params(int trees, int maxDepth, double learningRate, double lambda, double minChildHessian,
                  double subsample, double colsample, double fakeWeight, long seed) {

        static Params defaults() {
            return new Params(200, 3, 0.08, 1.0, 1.0, 0.8, 1.0, 1.0, 20261125L);
        }

        Params with(int trees, int maxDepth, double learningRate, double colsample, double fakeWeight) {
            return new Params(trees, maxDepth, learningRate, lambda, minChildHessian, subsample, colsample, fakeWeight,
                    seed);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("trees", trees);
            m.put("maxDepth", maxDepth);
            m.put("learningRate", learningRate);
            m.put("lambda", lambda);
            m.put("minChildHessian", minChildHessian);
            m.put("subsample", subsample);
            m.put("colsample", colsample);
            m.put("fakeWeight", fakeWeight);
            m.put("seed", seed);
            return m;
        }
    }

    private final Params p;
    private double[][] x;
    private double[] g;
    private double[] h;
    private boolean[] usable;
    private int[][] sortedByFeature; // per feature: rows with a known value, ascending
    private boolean[] inNode;

    GradientBoostingTrainer(Params p) {
        this.p = p;
    }

    /** {@code x[row][feature]} is indexed like {@code features}; {@code y} is 1 for fake. */
    FakeAccountModel train(double[][] x, int[] y, List<FakeFeature> features, double threshold,
                            Map<String, Object> training) {
        this.x = x;
        int n = y.length;
        int width = n == 0 ? 0 : x[0].length;
        sortedByFeature = new int[width][];
        for (int f = 0; f < width; f++) {
            final int ff = f;
            sortedByFeature[f] = java.util.stream.IntStream.range(0, n).filter(r -> !Double.isNaN(x[r][ff])).boxed()
                    .sorted(Comparator.comparingDouble(r -> x[r][ff])).mapToInt(Integer::intValue).toArray();
        }
        inNode = new boolean[n];
        double pos = Arrays.stream(y).sum();
        double base = Math.log((pos + 0.5) / (n - pos + 0.5));
        double[] f = new double[n];
        Arrays.fill(f, base);
        g = new double[n];
        h = new double[n];
        Random rnd = new Random(p.seed());
        List<RegressionTree> trees = new ArrayList<>();
        for (int t = 0; t < p.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double pr = FakeAccountModel.sigmoid(f[i]);
                double w = y[i] == 1 ? p.fakeWeight() : 1.0;
                g[i] = w * (pr - y[i]);
                h[i] = w * Math.max(pr * (1 - pr), 1e-12);
            }
            usable = new boolean[x.length == 0 ? 0 : x[0].length];
            for (int c = 0; c < usable.length; c++) {
                usable[c] = p.colsample() >= 1.0 || rnd.nextDouble() < p.colsample();
            }
            int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> rnd.nextDouble() < p.subsample()).toArray();
            TreeBuilder b = new TreeBuilder();
            b.grow(rows, 0);
            RegressionTree tree = b.build();
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                f[i] += tree.predict(x[i]);
            }
        }
        return new FakeAccountModel(FakeAccountModel.FORMAT, features, base, threshold, trees, null, training);
    }

    private final class TreeBuilder {
        final List<int[]> ints = new ArrayList<>(); // feature, left, right, nanLeft
        final List<double[]> dbl = new ArrayList<>(); // split, value

        int grow(int[] rows, int depth) {
            double gs = 0;
            double hs = 0;
            for (int r : rows) {
                gs += g[r];
                hs += h[r];
            }
            int node = ints.size();
            ints.add(new int[] {-1, 0, 0, 0});
            dbl.add(new double[] {0, -gs / (hs + p.lambda()) * p.learningRate()});
            if (depth >= p.maxDepth() || rows.length < 2) {
                return node;
            }
            Split best = bestSplit(rows, gs, hs);
            if (best == null) {
                return node;
            }
            List<Integer> l = new ArrayList<>();
            List<Integer> rr = new ArrayList<>();
            for (int r : rows) {
                double v = x[r][best.feature];
                boolean left = Double.isNaN(v) ? best.nanLeft : v <= best.value;
                (left ? l : rr).add(r);
            }
            int li = grow(l.stream().mapToInt(Integer::intValue).toArray(), depth + 1);
            int ri = grow(rr.stream().mapToInt(Integer::intValue).toArray(), depth + 1);
            ints.set(node, new int[] {best.feature, li, ri, best.nanLeft ? 1 : 0});
            dbl.get(node)[0] = best.value;
            return node;
        }

        Split bestSplit(int[] rows, double gs, double hs) {
            double parent = gs * gs / (hs + p.lambda());
            Split best = null;
            int features = x[rows[0]].length;
            for (int f = 0; f < features; f++) {
                if (!usable[f]) {
                    continue;
                }
                int[] known = knownSorted(f, rows);
                if (known.length < 2) {
                    continue;
                }
                double gn = gs;
                double hn = hs;
                for (int r : known) {
                    gn -= g[r];
                    hn -= h[r];
                }
                double gk = gs - gn;
                double hk = hs - hn;
                double gl = 0;
                double hl = 0;
                for (int k = 0; k < known.length - 1; k++) {
                    gl += g[known[k]];
                    hl += h[known[k]];
                    double v = x[known[k]][f];
                    double next = x[known[k + 1]][f];
                    if (v == next) {
                        continue;
                    }
                    for (int nanLeft = 0; nanLeft < 2; nanLeft++) {
                        double gL = gl + (nanLeft == 1 ? gn : 0);
                        double hL = hl + (nanLeft == 1 ? hn : 0);
                        double gR = gk - gl + (nanLeft == 1 ? 0 : gn);
                        double hR = hk - hl + (nanLeft == 1 ? 0 : hn);
                        if (hL < p.minChildHessian() || hR < p.minChildHessian()) {
                            continue;
                        }
                        double gain = gL * gL / (hL + p.lambda()) + gR * gR / (hR + p.lambda()) - parent;
                        if (gain > 1e-9 && (best == null || gain > best.gain)) {
                            best = new Split(f, (v + next) / 2, nanLeft == 1, gain);
                        }
                    }
                }
            }
            return best;
        }

        /** The node's rows with a known value of f, in ascending value order (from the once-sorted column). */
        int[] knownSorted(int f, int[] rows) {
            for (int r : rows) {
                inNode[r] = true;
            }
            int[] column = sortedByFeature[f];
            int[] out = new int[rows.length];
            int k = 0;
            for (int r : column) {
                if (inNode[r]) {
                    out[k++] = r;
                }
            }
            for (int r : rows) {
                inNode[r] = false;
            }
            return Arrays.copyOf(out, k);
        }

        RegressionTree build() {
            int n = ints.size();
            int[] feature = new int[n];
            double[] split = new double[n];
            int[] left = new int[n];
            int[] right = new int[n];
            boolean[] nanLeft = new boolean[n];
            double[] value = new double[n];
            for (int i = 0; i < n; i++) {
                feature[i] = ints.get(i)[0];
                left[i] = ints.get(i)[1];
                right[i] = ints.get(i)[2];
                nanLeft[i] = ints.get(i)[3] == 1;
                split[i] = dbl.get(i)[0];
                value[i] = dbl.get(i)[1];
            }
            return new RegressionTree(feature, split, left, right, nanLeft, value);
        }
    }

    private record Split(int feature, double value, boolean nanLeft, double gain) {
    }
}
