package dev.creatorwatch.rules.engagement.anomaly;

import dev.creatorwatch.rules.engagement.anomaly.NabCorpus.NabFile;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.CorpusScore;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.Optimiser;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.Profile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs {@link SeriesAnomalyDetector} over every NAB series, one point at a time, as a live system would. */
final class NabDetectorRun {

    static final String DETECTOR = "creatorwatch";
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private NabDetectorRun() {
    }

    static List<double[]> run(NabCorpus corpus, SeriesAnomalyDetector.Config config) {
        List<double[]> out = new ArrayList<>();
        for (NabFile f : corpus.files()) {
            SeriesAnomalyDetector d = new SeriesAnomalyDetector(config);
            double[] scores = new double[f.rows()];
            for (int i = 0; i < f.rows(); i++) {
                scores[i] = d.update(f.values()[i]);
            }
            out.add(scores);
        }
        return out;
    }

    /** Writes {@code <dir>/<category>/<detector>_<file>.csv} with {@code timestamp,value,anomaly_score}. */
    static void write(NabCorpus corpus, List<double[]> scores, Path dir) {
        try {
            for (int k = 0; k < corpus.files().size(); k++) {
                NabFile f = corpus.files().get(k);
                Path p = dir.resolve(f.category()).resolve(DETECTOR + "_" + f.fileName());
                Files.createDirectories(p.getParent());
                try (BufferedWriter w = Files.newBufferedWriter(p)) {
                    w.write("timestamp,value,anomaly_score\n");
                    for (int i = 0; i < f.rows(); i++) {
                        w.write(TS.format(f.timestamps().get(i)) + "," + f.values()[i] + "," + scores.get(k)[i] + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per-category normalised scores at the corpus threshold, for diagnosis. */
    static Map<String, Double> byCategory(NabCorpus corpus, CorpusScore score) {
        Map<String, double[]> sums = new TreeMap<>();
        Profile p = score.profile();
        for (int k = 0; k < corpus.files().size(); k++) {
            NabFile f = corpus.files().get(k);
            double[] acc = sums.computeIfAbsent(f.category(), c -> new double[2]);
            acc[0] += score.files().get(k).score();
            acc[1] += f.windows().length;
        }
        Map<String, Double> out = new TreeMap<>();
        sums.forEach((c, acc) -> out.put(c, acc[1] == 0 ? acc[0] : NabScorer.normalise(acc[0], (int) acc[1], p)));
        return out;
    }

    /** Quick look without Maven: {@code java ... NabDetectorRun} scores {@link SeriesAnomalyDetector.Config#nab()}. */
    public static void main(String[] args) {
        NabCorpus corpus = NabCorpus.load(Path.of(System.getProperty("nab", "../shared/data/nab")));
        SeriesAnomalyDetector.Config c = SeriesAnomalyDetector.Config.nab();
        List<double[]> scores = run(corpus, c);
        StringBuilder sb = new StringBuilder(c.toString()).append('\n');
        for (Profile p : NabScorer.PROFILES) {
            CorpusScore s = NabScorer.scoreCorpus(corpus, scores, p, Optimiser.SWEEP);
            CorpusScore t = NabScorer.scoreCorpus(corpus, scores, p, Optimiser.TWIDDLE);
            sb.append(String.format("%-20s sweep %.2f (thr %.4f) twiddle %.2f  %s%n", p.name(), s.normalised(),
                    s.threshold(), t.normalised(), p == NabScorer.STANDARD ? byCategory(corpus, s) : ""));
        }
        System.out.print(sb);
    }
}
