package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The account layer over the series detector, on timelines shaped like real monitoring. */
class AccountAnomalyDetectorTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z"); // a Monday

    /**
     * Daily snapshots of an account that grows three times faster at weekends, posts more on Saturdays and gets more
     * likes then: a weekly rhythm is the account's normal, so ten weeks of it raise nothing; a bought jump on a
     * Wednesday still alerts, once.
     */
    @Test
    void weeklyRhythmIsNormalButABoughtJumpStillAlertsOnce() {
        Random r = new Random(11);
        AccountAnomalyDetector d = new AccountAnomalyDetector(AccountAnomalyDetector.Settings.defaults());
        double followers = 20_000;
        long posts = 300;
        List<AnomalyEvent> quiet = new ArrayList<>();
        int day = 0;
        for (; day < 70; day++) {
            Instant at = T0.plus(day, ChronoUnit.DAYS);
            boolean weekend = at.atOffset(ZoneOffset.UTC).getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
            followers *= 1 + (weekend ? 0.006 : 0.002) * (0.7 + 0.6 * r.nextDouble());
            posts += weekend ? 3 : 1;
            double likes = (weekend ? 900 : 500) * (0.8 + 0.4 * r.nextDouble());
            quiet.addAll(d.update(new AccountPoint(at, Math.round(followers), 400L, posts, likes)));
        }
        assertThat(quiet).isEmpty();
        List<AnomalyEvent> jump = new ArrayList<>();
        for (int k = 0; k < 3; k++, day++) { // day 70 is a Wednesday: +25 %, then two ordinary days
            followers *= k == 0 ? 1.25 : 1.002;
            jump.addAll(d.update(new AccountPoint(T0.plus(day, ChronoUnit.DAYS), Math.round(followers), 400L,
                    ++posts, 520.0)));
        }
        assertThat(jump).extracting(AnomalyEvent::kind).containsExactly(AnomalyKind.FOLLOWER_JUMP);
    }

    /**
     * Snapshots every 6 hours to 5 days, with a three-week hole: growth at a steady pace per day is normal whatever
     * the gap, and a purge after the hole is still found.
     */
    @Test
    void irregularAndMissingSnapshotsKeepTheUsualPace() {
        Random r = new Random(5);
        AccountAnomalyDetector d = new AccountAnomalyDetector(AccountAnomalyDetector.Settings.defaults());
        Instant at = T0;
        double followers = 50_000;
        List<AnomalyEvent> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long hours = i == 30 ? 21 * 24 : 6 + r.nextInt(5 * 24 - 6);
            at = at.plus(hours, ChronoUnit.HOURS);
            followers *= Math.pow(1.003, hours / 24.0) * (1 + 0.0005 * r.nextGaussian());
            events.addAll(d.update(new AccountPoint(at, Math.round(followers), 400L, 200L + i, 800.0)));
        }
        assertThat(events).isEmpty();
        at = at.plus(3, ChronoUnit.DAYS);
        assertThat(d.update(new AccountPoint(at, Math.round(followers * 0.85), 400L, 260L, 800.0)))
                .singleElement().satisfies(x -> {
                    assertThat(x.kind()).isEqualTo(AnomalyKind.FOLLOWER_DROP);
                    assertThat(x.reason()).contains(") in 3.0 days, against a usual");
                });
    }

    /** Hourly scans (an account with an open high alert is rescanned often): the reason says hours, not "0.0 days". */
    @Test
    void aChangeBetweenScansHoursApartIsWordedInHours() {
        AccountAnomalyDetector d = new AccountAnomalyDetector(AccountAnomalyDetector.Settings.defaults());
        Instant at = T0;
        for (int i = 0; i < 40; i++, at = at.plus(3, ChronoUnit.HOURS)) {
            assertThat(d.update(new AccountPoint(at, 30_000L + 10L * i, 400L, 200L, 800.0))).isEmpty();
        }
        assertThat(d.update(new AccountPoint(at, 60_000L, 400L, 200L, 800.0))).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("(30,390 to 60,000) in 3 hours, against a usual"));
    }

    @Test
    void theDecisionComesFromTheSeriesDetectorItsDeviationIsInTheEvidence() {
        AccountAnomalyDetector d = new AccountAnomalyDetector(AccountAnomalyDetector.Settings.defaults());
        for (int w = 0; w < 5; w++) {
            d.update(new AccountPoint(T0.plus(7L * w, ChronoUnit.DAYS), 10_000L + 100L * w, 300L, 100L, 300.0));
        }
        assertThat(d.state().followers.series.count).isEqualTo(4); // four weekly rates learnt
        List<AnomalyEvent> e = d.update(new AccountPoint(T0.plus(35, ChronoUnit.DAYS), 15_000L, 300L, 100L, 300.0));
        assertThat(e).singleElement().satisfies(x -> assertThat((Double) x.evidence().get("deviations"))
                .isGreaterThan(AccountAnomalyDetector.Settings.defaults().zThreshold()));
    }
}
