package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creatorwatch.rules.engagement.anomaly.NabCorpus.NabFile;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's arithmetic on a small synthetic file (no dataset needed). */
class NabScorerTest {

    static NabFile file(int rows, int[]... windows) {
        List<LocalDateTime> ts = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ts.add(LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(5L * i));
        }
        return new NabFile("cat/f.csv", ts, new double[rows], windows);
    }

    @Test
    void constantsMatchNab() {
        assertThat(NabScorer.scaledSigmoid(-1.0)).isCloseTo(0.98661, within(1e-5));
        assertThat(NabScorer.scaledSigmoid(3.5)).isEqualTo(-1.0);
        assertThat(NabScorer.probationaryLength(1000)).isEqualTo(150);
        assertThat(NabScorer.probationaryLength(20_000)).isEqualTo(750);
        assertThat(NabScorer.normalise(46.6344501971, 116, NabScorer.STANDARD)).isCloseTo(70.10, within(0.005));
    }

    @Test
    void earliestDetectionInWindowEarnsFullWeightAndFalsePositivesCost() {
        NabFile f = file(1000, new int[] {500, 599});
        double[] s = new double[1000];
        s[500] = 1.0; // left edge of the window
        s[300] = 1.0; // before any window: costs fpWeight
        NabScorer.FileScore fs = NabScorer.scoreFile(f, s, NabScorer.STANDARD, 0.5);
        assertThat(fs.score()).isCloseTo(1.0 - 0.11, within(1e-9));
        assertThat(new int[] {fs.tp(), fs.fp(), fs.fn()}).containsExactly(1, 1, 99);

        double[] none = new double[1000];
        assertThat(NabScorer.scoreFile(f, none, NabScorer.LOW_FN, 0.5).score()).isEqualTo(-2.0);

        double[] late = new double[1000];
        late[599] = 1.0; // right edge: little credit
        assertThat(NabScorer.scoreFile(f, late, NabScorer.STANDARD, 0.5).score()).isBetween(0.0, 0.2);

        double[] inProbation = new double[1000];
        inProbation[10] = 1.0; // not scored at all
        assertThat(NabScorer.scoreFile(f, inProbation, NabScorer.STANDARD, 0.5).score()).isEqualTo(-1.0);
    }

    @Test
    void sweepAndTwiddleFindTheDetectingThreshold() {
        NabCorpus corpus = new NabCorpus(null, List.of(file(1000, new int[] {500, 599})));
        double[] s = new double[1000];
        s[520] = 0.8;
        s[700] = 0.3; // a false positive below the useful threshold
        for (NabScorer.Optimiser o : NabScorer.Optimiser.values()) {
            NabScorer.CorpusScore c = NabScorer.scoreCorpus(corpus, List.of(s), NabScorer.STANDARD, o);
            assertThat(c.threshold()).as(o.name()).isGreaterThan(0.3).isLessThanOrEqualTo(0.8);
            assertThat(c.files().get(0).fp()).isZero();
        }
    }
}
