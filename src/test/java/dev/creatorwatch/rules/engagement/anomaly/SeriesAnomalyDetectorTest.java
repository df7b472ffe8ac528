package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.json.Json;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeriesAnomalyDetectorTest {

    private static double[] noisyWithStepAt(int n, int step) {
        Random r = new Random(7);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 50 + r.nextGaussian() + (i >= step ? 30 : 0);
        }
        return v;
    }

    @Test
    void stepChangeAlertsOnceThenStaysQuiet() {
        SeriesAnomalyDetector d = new SeriesAnomalyDetector(SeriesAnomalyDetector.Config.nab());
        double[] v = noisyWithStepAt(1000, 600);
        int alerts = 0;
        int firstAlert = -1;
        for (int i = 0; i < v.length; i++) {
            if (d.update(v[i]) >= SeriesAnomalyDetector.ALERT_LEVEL) {
                alerts++;
                firstAlert = firstAlert < 0 ? i : firstAlert;
            }
        }
        assertThat(firstAlert).isEqualTo(600);
        assertThat(alerts).isLessThanOrEqualTo(3);
    }

    @Test
    void calmSeriesNeverAlertsAndNonFiniteValuesAreSkipped() {
        SeriesAnomalyDetector d = new SeriesAnomalyDetector(SeriesAnomalyDetector.Config.nab());
        double[] v = noisyWithStepAt(2000, Integer.MAX_VALUE);
        for (int i = 0; i < v.length; i++) {
            assertThat(d.update(i % 97 == 0 ? Double.NaN : v[i])).isLessThan(SeriesAnomalyDetector.ALERT_LEVEL);
        }
        assertThat(d.update(Double.POSITIVE_INFINITY)).isZero();
    }

    @Test
    void stateRoundTripsThroughJsonAndContinuesIdentically() {
        double[] v = noisyWithStepAt(800, 500);
        SeriesAnomalyDetector a = new SeriesAnomalyDetector(SeriesAnomalyDetector.Config.nab());
        for (int i = 0; i < 400; i++) {
            a.update(v[i]);
        }
        String json = Json.write(a.state());
        assertThat(json.length()).isLessThan(1500); // two 10-bin histograms, their logs and about twenty numbers
        SeriesAnomalyDetector b = new SeriesAnomalyDetector(SeriesAnomalyDetector.Config.nab(),
                Json.read(json, new TypeReference<DetectorState>() { }));
        for (int i = 400; i < v.length; i++) {
            assertThat(b.update(v[i])).isEqualTo(a.update(v[i]));
        }
    }

    @Test
    void aPointWithoutAUsableWeightIsSkippedAndLeavesTheStateAlone() {
        SeriesAnomalyDetector d = new SeriesAnomalyDetector(SeriesAnomalyDetector.Config.nab());
        double[] v = noisyWithStepAt(300, Integer.MAX_VALUE);
        for (double x : v) {
            d.update(x);
        }
        String before = Json.write(d.state());
        for (double w : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThat(d.update(500, w)).isZero();
        }
        assertThat(Json.write(d.state())).isEqualTo(before);
    }

    /**
     * The same spike every 400 points is news once: the first breaks the series' record, the repeats are no more
     * surprising than the last alert and habituate until that alert has faded (about 1,600 points here). A spike
     * beyond the record alerts at once.
     */
    @Test
    void repeatedSpikesHabituateAndANewRecordAlerts() {
        SeriesAnomalyDetector d = new SeriesAnomalyDetector(SeriesAnomalyDetector.Config.nab());
        double[] v = noisyWithStepAt(5000, Integer.MAX_VALUE);
        for (int i = 800; i < 4400; i += 400) {
            v[i] = 62;
        }
        v[4600] = 75;
        int spikeAlerts = 0;
        for (int i = 0; i < 4400; i++) {
            double score = d.update(v[i]);
            assertThat(score < SeriesAnomalyDetector.ALERT_LEVEL || i % 400 == 0).as("point %d", i).isTrue();
            assertThat(score >= SeriesAnomalyDetector.ALERT_LEVEL || i != 800).as("first spike").isTrue();
            spikeAlerts += score >= SeriesAnomalyDetector.ALERT_LEVEL ? 1 : 0;
        }
        assertThat(spikeAlerts).as("alerts on 9 equal spikes").isLessThanOrEqualTo(3);
        for (int i = 4400; i < 4600; i++) {
            d.update(v[i]);
        }
        assertThat(d.update(v[4600])).isGreaterThanOrEqualTo(SeriesAnomalyDetector.ALERT_LEVEL);
    }

    /** A point standing for many intervals moves the usual level further than one ordinary point does. */
    @Test
    void weightMovesTheLevelAsThatManyPointsWould() {
        SeriesAnomalyDetector.Config c = SeriesAnomalyDetector.Config.snapshots(2, 0.1, 4.0, 0.5);
        SeriesAnomalyDetector once = new SeriesAnomalyDetector(c);
        SeriesAnomalyDetector week = new SeriesAnomalyDetector(c);
        for (int i = 0; i < 40; i++) {
            once.update(10 + (i % 2), 1);
            week.update(10 + (i % 2), 1);
        }
        once.update(11.5, 1);
        week.update(11.5, 7);
        once.update(10.5, 1);
        week.update(10.5, 1);
        assertThat(week.lastLevel() - 10.5).isGreaterThan(2 * (once.lastLevel() - 10.5));
    }

    @Test
    void invalidConfigIsRefused() {
        assertThatThrownBy(() -> new SeriesAnomalyDetector.Config(0, 0.1, 0.05, 5, 9, 6, 2, 4, 100, 200, 0.001, 4,
                0.7, 2.5, 0.02, 5, 0, 0.03, 1.5, 0.001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeriesAnomalyDetector.Config(0.01, 0.1, 0.05, 5, 9, 6, 2, 4, 100, 200, 0.001, 4,
                0.7, 2.5, 0.02, 5, -1, 0.03, 1.5, 0.001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeriesAnomalyDetector.Config(0.01, 0.1, 0.05, 5, 9, 6, 2, 4, 100, 200, 0.001, 4,
                0.7, 2.5, 0.02, 5, 0, 0, 1.5, 0.001)).isInstanceOf(IllegalArgumentException.class);
    }
}
