package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.rules.engagement.anomaly.NabScorer.CorpusScore;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.Optimiser;
import dev.creatorwatch.rules.engagement.anomaly.NabScorer.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the streaming detector over all 58 NAB series, writes its per-row output in NAB's layout under
 * {@code target/nab-results/}, scores it with the Java NAB scorer (both optimisers) beside numenta's figures
 * reproduced by the same scorer, and prints the table.
 */
@Tag("eval")
class NabDetectorEvalTest {

    @Test
    void scoresDetectorOnFullCorpus() {
        Path nab = SharedData.require("nab");
        NabCorpus corpus = NabCorpus.load(nab);
        SeriesAnomalyDetector.Config config = SeriesAnomalyDetector.Config.nab();
        List<double[]> ours = NabDetectorRun.run(corpus, config);
        Path results = Path.of("target/nab-results");
        NabDetectorRun.write(corpus, ours, results);
        // The written files are what anyone rescores with NAB's own tools: they must hold exactly these scores.
        for (int f = 0; f < corpus.files().size(); f++) {
            assertThat(NabCorpus.readScores(results, NabDetectorRun.DETECTOR, corpus.files().get(f)))
                    .as(corpus.files().get(f).relativePath()).containsExactly(ours.get(f));
        }
        List<double[]> numenta = NabScorerReproductionEvalTest.numentaScores(corpus, nab);

        StringBuilder md = new StringBuilder("## NAB v1.1, 58 series, 116 windows (Java port of the NAB scorer)\n\n")
                .append("| detector | optimiser | standard | reward_low_FP | reward_low_FN |\n|---|---|---|---|---|\n");
        for (Optimiser o : Optimiser.values()) {
            line(md, "numenta (published 70.10 / 63.12 / 74.32, twiddle)", o, corpus, numenta);
        }
        double[] sweep = null;
        for (Optimiser o : Optimiser.values()) {
            double[] s = line(md, NabDetectorRun.DETECTOR + " (this repo)", o, corpus, ours);
            sweep = o == Optimiser.SWEEP ? s : sweep;
        }
        md.append("\nDetector config: ").append(config).append(" (global parameters, the same for every series, "
                + "tuned (all but minSurprise) by a coordinate search on these same 58 series as NAB entrants do, so "
                + "optimistic for unseen data: tuned on alternate files, the other half scored below the untuned "
                + "start, see README; no per-file tuning, no labels at detection time; threshold per profile by NAB's "
                + "optimiser, probation NAB's). Output: target/nab-results/<category>/")
                .append(NabDetectorRun.DETECTOR).append("_<file>.csv. Targets: standard >= 75, low-FP >= 66, ")
                .append("low-FN >= 80.\n\nPer category (standard, sweep): ")
                .append(NabDetectorRun.byCategory(corpus, NabScorer.scoreCorpus(corpus, ours, NabScorer.STANDARD,
                        Optimiser.SWEEP))).append('\n');
        EvalReport.section("1-nab", md.toString());
        // Far above the null detector (0) and the random one (~11-17): a broken detector or writer fails here.
        assertThat(sweep[0]).isGreaterThan(25.0);
    }

    private static double[] line(StringBuilder md, String name, Optimiser o, NabCorpus corpus, List<double[]> scores) {
        double[] out = new double[3];
        md.append("| ").append(name).append(" | ").append(o.name().toLowerCase(Locale.ROOT));
        for (int i = 0; i < 3; i++) {
            Profile p = NabScorer.PROFILES.get(i);
            CorpusScore s = NabScorer.scoreCorpus(corpus, scores, p, o);
            out[i] = s.normalised();
            md.append(String.format(Locale.ROOT, " | %.2f (thr %.4f)", s.normalised(), s.threshold()));
        }
        md.append(" |\n");
        return out;
    }
}
