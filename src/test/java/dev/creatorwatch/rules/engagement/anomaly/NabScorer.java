package dev.creatorwatch.rules.engagement.anomaly;

import dev.creatorwatch.rules.engagement.anomaly.NabCorpus.NabFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Java port of the NAB v1.1 scorer ({@code nab/sweeper.py}, {@code nab/runner.py} normalise) plus the legacy
 * "twiddle" threshold optimiser that produced the published scoreboard. See {@code shared/data/nab/README.md}.
 */
final class NabScorer {

    static final double PROBATIONARY_PERCENT = 0.15;

    record Profile(String name, double tpWeight, double fpWeight, double fnWeight) {
    }

    static final Profile STANDARD = new Profile("standard", 1.0, 0.11, 1.0);
    static final Profile LOW_FP = new Profile("reward_low_FP_rate", 1.0, 0.22, 1.0);
    static final Profile LOW_FN = new Profile("reward_low_FN_rate", 1.0, 0.11, 2.0);
    static final List<Profile> PROFILES = List.of(STANDARD, LOW_FP, LOW_FN);

    enum Optimiser { SWEEP, TWIDDLE }

    record FileScore(String file, double threshold, double score, int tp, int tn, int fp, int fn, int total) {
    }

    record CorpusScore(Profile profile, Optimiser optimiser, double threshold, double raw, double normalised,
                       List<FileScore> files) {
    }

    private NabScorer() {
    }

    static int probationaryLength(int rows) {
        return (int) Math.min(Math.floor(PROBATIONARY_PERCENT * rows), PROBATIONARY_PERCENT * 5000);
    }

    static double scaledSigmoid(double y) {
        return y > 3.0 ? -1.0 : 2.0 / (1.0 + Math.exp(5.0 * y)) - 1.0;
    }

    /** S(i) of every row, and the window index of every row (-1 outside windows). */
    record RowWeights(double[] weight, int[] window) {
    }

    static RowWeights rowWeights(NabFile file, Profile p) {
        int n = file.rows();
        double maxTp = scaledSigmoid(-1.0);
        double[] weight = new double[n];
        int[] window = new int[n];
        Arrays.fill(window, -1);
        int next = 0;
        int prevRight = -1;
        double prevWidth = 0;
        int curLeft = -1;
        int curRight = -1;
        for (int i = 0; i < n; i++) {
            if (curRight < 0 && next < file.windows().length && file.windows()[next][0] == i) {
                curLeft = i;
                curRight = file.windows()[next][1];
                next++;
            }
            if (curRight >= 0) {
                double width = curRight - curLeft + 1;
                weight[i] = scaledSigmoid(-(curRight - i + 1) / width) * p.tpWeight() / maxTp;
                window[i] = next - 1;
                if (i == curRight) {
                    prevRight = curRight;
                    prevWidth = width;
                    curRight = -1;
                }
            } else if (prevRight < 0) {
                weight[i] = -1.0 * p.fpWeight();
            } else {
                weight[i] = scaledSigmoid(Math.abs(prevRight - i) / (prevWidth - 1)) * p.fpWeight();
            }
        }
        return new RowWeights(weight, window);
    }

    /** The file's score when every scorable row with {@code score >= threshold} is a detection. */
    static FileScore scoreFile(NabFile file, double[] scores, Profile p, double threshold) {
        RowWeights rw = rowWeights(file, p);
        int prob = probationaryLength(file.rows());
        double[] best = new double[file.windows().length];
        boolean[] scorable = new boolean[best.length];
        Arrays.fill(best, Double.NaN);
        double fpPart = 0;
        int tp = 0;
        int tn = 0;
        int fp = 0;
        int fn = 0;
        for (int i = prob; i < file.rows(); i++) {
            boolean detected = scores[i] >= threshold;
            int w = rw.window()[i];
            if (w >= 0) {
                scorable[w] = true;
                if (detected) {
                    tp++;
                    best[w] = Double.isNaN(best[w]) ? rw.weight()[i] : Math.max(best[w], rw.weight()[i]);
                } else {
                    fn++;
                }
            } else if (detected) {
                fp++;
                fpPart += rw.weight()[i];
            } else {
                tn++;
            }
        }
        double total = fpPart;
        for (int w = 0; w < best.length; w++) {
            if (scorable[w]) {
                total += Double.isNaN(best[w]) ? -p.fnWeight() : best[w];
            }
        }
        return new FileScore(file.relativePath(), threshold, total, tp, tn, fp, fn, file.rows());
    }

    /** Scores a whole detector (one score array per corpus file, same order) under one profile. */
    static CorpusScore scoreCorpus(NabCorpus corpus, List<double[]> scores, Profile p, Optimiser optimiser) {
        ThresholdTable table = ThresholdTable.build(corpus, scores, p);
        double threshold = optimiser == Optimiser.SWEEP ? table.bestBySweep() : table.bestByTwiddle();
        List<FileScore> files = new ArrayList<>();
        double raw = 0;
        for (int f = 0; f < corpus.files().size(); f++) {
            FileScore fs = scoreFile(corpus.files().get(f), scores.get(f), p, threshold);
            files.add(fs);
            raw += fs.score();
        }
        return new CorpusScore(p, optimiser, threshold, raw, normalise(raw, corpus.windowCount(), p), files);
    }

    static double normalise(double raw, int windows, Profile p) {
        double perfect = p.tpWeight() * windows;
        double nullScore = -p.fnWeight() * windows;
        return 100.0 * (raw - nullScore) / (perfect - nullScore);
    }

    /** Corpus score at every distinct anomaly-score value, from one descending pass (the v1.1 sweep). */
    static final class ThresholdTable {
        private final double[] thresholds; // descending; thresholds[0] = 1.1, nothing detected
        private final double[] totals;

        private ThresholdTable(double[] thresholds, double[] totals) {
            this.thresholds = thresholds;
            this.totals = totals;
        }

        static ThresholdTable build(NabCorpus corpus, List<double[]> scores, Profile p) {
            int count = 0;
            for (NabFile f : corpus.files()) {
                count += f.rows() - probationaryLength(f.rows());
            }
            double[] anomaly = new double[count];
            double[] weight = new double[count];
            int[] window = new int[count];
            int windowBase = 0;
            int k = 0;
            List<Integer> scorableWindows = new ArrayList<>();
            for (int f = 0; f < corpus.files().size(); f++) {
                NabFile file = corpus.files().get(f);
                RowWeights rw = rowWeights(file, p);
                boolean[] seen = new boolean[file.windows().length];
                for (int i = probationaryLength(file.rows()); i < file.rows(); i++, k++) {
                    anomaly[k] = scores.get(f)[i];
                    weight[k] = rw.weight()[i];
                    int w = rw.window()[i];
                    window[k] = w < 0 ? -1 : windowBase + w;
                    if (w >= 0 && !seen[w]) {
                        seen[w] = true;
                        scorableWindows.add(windowBase + w);
                    }
                }
                windowBase += file.windows().length;
            }
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            // Stable sort, descending by score: equal scores keep time order, as Python's sorted(reverse=True).
            Arrays.sort(order, (a, b) -> Double.compare(anomaly[b], anomaly[a]));
            double[] best = new double[windowBase];
            Arrays.fill(best, Double.NaN);
            double total = -p.fnWeight() * scorableWindows.size();
            List<Double> ths = new ArrayList<>();
            List<Double> tots = new ArrayList<>();
            double cur = 1.1;
            for (int idx : order) {
                if (anomaly[idx] != cur) {
                    ths.add(cur);
                    tots.add(total);
                    cur = anomaly[idx];
                }
                int w = window[idx];
                if (w < 0) {
                    total += weight[idx];
                } else if (Double.isNaN(best[w])) {
                    total += weight[idx] + p.fnWeight();
                    best[w] = weight[idx];
                } else if (weight[idx] > best[w]) {
                    total += weight[idx] - best[w];
                    best[w] = weight[idx];
                }
            }
            ths.add(cur);
            tots.add(total);
            return new ThresholdTable(ths.stream().mapToDouble(Double::doubleValue).toArray(),
                    tots.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** Corpus score when rows with score >= x are detections. */
        double scoreAt(double x) {
            // thresholds descend; find the last index with thresholds[i] >= x
            int lo = 0;
            int hi = thresholds.length - 1;
            int found = 0;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (thresholds[mid] >= x) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return totals[found];
        }

        double bestBySweep() {
            int best = 0;
            for (int i = 1; i < totals.length; i++) {
                if (totals[i] > totals[best]) {
                    best = i;
                }
            }
            return thresholds[best];
        }

        /** NAB's pre-2019 optimiser: a hill climb on [0,1] from 0.5 with step 0.1, down to 1e-7. */
        double bestByTwiddle() {
            Map<Double, Double> cache = new LinkedHashMap<>();
            java.util.function.DoubleUnaryOperator objective = x -> cache.computeIfAbsent(x,
                    key -> key < 0.0 || key > 1.0 ? Double.NEGATIVE_INFINITY : scoreAt(key));
            double x = 0.5;
            double delta = 0.1;
            double bestScore = objective.applyAsDouble(x);
            while (delta > 1e-7) {
                x += delta;
                double s = objective.applyAsDouble(x);
                if (s > bestScore) {
                    bestScore = s;
                    delta *= 2;
                    continue;
                }
                x -= 2 * delta;
                s = objective.applyAsDouble(x);
                if (s > bestScore) {
                    bestScore = s;
                    delta *= 2;
                    continue;
                }
                x += delta;
                delta *= 0.5;
            }
            double bestX = 0.5;
            double bestVal = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Double, Double> e : cache.entrySet()) {
                if (e.getValue() > bestVal) {
                    bestVal = e.getValue();
                    bestX = e.getKey();
                }
            }
            return bestX;
        }
    }
}
