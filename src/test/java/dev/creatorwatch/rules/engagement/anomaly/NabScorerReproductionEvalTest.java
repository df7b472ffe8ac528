package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creatorwatch.rules.engagement.anomaly.NabCorpus.NabFile;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.CorpusScore;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.FileScore;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.Optimiser;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Java NAB scorer must reproduce numenta's published scoreboard from numenta's per-row output. */
@Tag("eval")
class NabScorerReproductionEvalTest {

    @Test
    void reproducesNumentaPerFileScoresAtPublishedThresholds() {
        Path nab = SharedData.require("nab");
        NabCorpus corpus = NabCorpus.load(nab);
        assertThat(corpus.files()).hasSize(58);
        assertThat(corpus.windowCount()).isEqualTo(116);
        List<double[]> scores = numentaScores(corpus, nab);
        for (Profile p : NabScorer.PROFILES) {
            Map<String, String[]> published = new HashMap<>();
            double threshold = Double.NaN;
            for (String line : NabCorpus.readLines(nab.resolve("results/scores/numenta_" + p.name() + "_scores.csv"))) {
                String[] c = line.split(",", -1);
                if (c[0].equals("numenta")) {
                    published.put(c[2], c);
                    threshold = Double.parseDouble(c[3]);
                }
            }
            for (int f = 0; f < corpus.files().size(); f++) {
                NabFile file = corpus.files().get(f);
                FileScore fs = NabScorer.scoreFile(file, scores.get(f), p, threshold);
                String[] row = published.get(file.relativePath());
                assertThat(fs.score()).as(p.name() + " " + file.relativePath())
                        .isCloseTo(Double.parseDouble(row[4]), within(1e-6));
                assertThat(new int[] {fs.tp(), fs.tn(), fs.fp(), fs.fn()}).as(file.relativePath())
                        .containsExactly(Integer.parseInt(row[5]), Integer.parseInt(row[6]),
                                Integer.parseInt(row[7]), Integer.parseInt(row[8]));
            }
        }
    }

    @Test
    void reproducesNumentaScoreboardWithLegacyTwiddleAndSweep() {
        Path nab = SharedData.require("nab");
        NabCorpus corpus = NabCorpus.load(nab);
        List<double[]> scores = numentaScores(corpus, nab);
        double[] twiddle = {70.10, 63.12, 74.32};
        double[] sweep = {70.10, 63.21, 74.32};
        for (int i = 0; i < 3; i++) {
            Profile p = NabScorer.PROFILES.get(i);
            CorpusScore t = NabScorer.scoreCorpus(corpus, scores, p, Optimiser.TWIDDLE);
            CorpusScore s = NabScorer.scoreCorpus(corpus, scores, p, Optimiser.SWEEP);
            System.out.printf("numenta %-20s twiddle thr=%.10f raw=%.4f score=%.2f | sweep thr=%.12f raw=%.4f score=%.2f%n",
                    p.name(), t.threshold(), t.raw(), t.normalised(), s.threshold(), s.raw(), s.normalised());
            assertThat(t.normalised()).as("twiddle " + p.name()).isCloseTo(twiddle[i], within(0.005));
            assertThat(s.normalised()).as("sweep " + p.name()).isCloseTo(sweep[i], within(0.005));
        }
    }

    static List<double[]> numentaScores(NabCorpus corpus, Path nab) {
        List<double[]> scores = new ArrayList<>();
        for (NabFile f : corpus.files()) {
            scores.add(NabCorpus.readScores(nab.resolve("results/numenta"), "numenta", f));
        }
        return scores;
    }
}
