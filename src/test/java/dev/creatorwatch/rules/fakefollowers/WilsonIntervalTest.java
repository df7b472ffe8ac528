package dev.creatorwatch.rules.fakefollowers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void matchesTheTextbookValues() {
        // 10 of 100 at 95 %: 0.0552 to 0.1744 (Newcombe 1998, method 3).
        double[] ci = WilsonInterval.of(10, 100, WilsonInterval.Z95);
        assertThat(ci[0]).isCloseTo(0.0552, within(1e-4));
        assertThat(ci[1]).isCloseTo(0.1744, within(1e-4));
    }

    @Test
    void staysInsideZeroToOneAndIsNotDegenerateAtTheEdges() {
        double[] none = WilsonInterval.of(0, 10, WilsonInterval.Z95);
        assertThat(none[0]).isZero();
        assertThat(none[1]).isCloseTo(0.2775, within(1e-4));
        double[] all = WilsonInterval.of(10, 10, WilsonInterval.Z95);
        assertThat(all[0]).isCloseTo(0.7225, within(1e-4));
        assertThat(all[1]).isEqualTo(1.0);
        assertThat(WilsonInterval.of(0, 0, WilsonInterval.Z95)).containsExactly(0, 1);
    }

    @Test
    void narrowsWithMoreTrials() {
        double[] small = WilsonInterval.of(8, 10, WilsonInterval.Z95);
        double[] large = WilsonInterval.of(800, 1000, WilsonInterval.Z95);
        assertThat(large[1] - large[0]).isLessThan((small[1] - small[0]) / 5);
        assertThat(large[0]).isLessThan(0.8);
        assertThat(large[1]).isGreaterThan(0.8);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of(4, 3, WilsonInterval.Z95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 3, WilsonInterval.Z95))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
