package dev.creatorwatch.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.fetch.FetchOutcome;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An account found gone is the platform answering correctly; failures to read the platform still count against it. */
class PlatformAttemptsTest {

    /** The shipped thresholds: DEGRADED below 0.9 good, DOWN below 0.5. */
    private static final HealthConfig CONFIG = new HealthConfig() {
        @Override
        public Duration window() {
            return Duration.ofHours(24);
        }

        @Override
        public double degradedBelow() {
            return 0.9;
        }

        @Override
        public double downBelow() {
            return 0.5;
        }

        @Override
        public double staleAfterIntervals() {
            return 2.0;
        }

        @Override
        public Duration cacheFor() {
            return Duration.ofSeconds(30);
        }
    };

    private static SourceStatus status(PlatformAttempts attempts) {
        return SourceStatus.of(attempts.okShare(), CONFIG);
    }

    @Test
    void suspendedAndMissingAccountsDoNotDegradeThePlatform() {
        PlatformAttempts attempts = PlatformAttempts.of(Map.of(FetchOutcome.OK, 8L, FetchOutcome.SUSPENDED, 1L,
                FetchOutcome.NOT_FOUND, 3L));
        assertThat(attempts.attempts()).isEqualTo(12);
        assertThat(attempts.accountGone()).isEqualTo(4);
        assertThat(attempts.ok()).isEqualTo(8);
        assertThat(attempts.okShare()).isEqualTo(1.0);
        assertThat(status(attempts)).isEqualTo(SourceStatus.HEALTHY);
    }

    @Test
    void onlyAccountsFoundGoneLeaveNothingToJudgeThePlatformBy() {
        PlatformAttempts attempts = PlatformAttempts.of(Map.of(FetchOutcome.SUSPENDED, 2L));
        assertThat(attempts.okShare()).isNull();
        assertThat(status(attempts)).isEqualTo(SourceStatus.NO_DATA);
    }

    @ParameterizedTest
    @EnumSource(value = FetchOutcome.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"OK", "NOT_MODIFIED", "NOT_FOUND", "SUSPENDED"})
    void failuresToReadThePlatformStillCountAgainstIt(FetchOutcome failure) {
        PlatformAttempts some = PlatformAttempts.of(Map.of(FetchOutcome.OK, 8L, failure, 2L));
        assertThat(some.okShare()).isEqualTo(0.8);
        assertThat(status(some)).isEqualTo(SourceStatus.DEGRADED);
        PlatformAttempts most = PlatformAttempts.of(Map.of(FetchOutcome.OK, 1L, failure, 2L,
                FetchOutcome.SUSPENDED, 9L));
        assertThat(most.okShare()).isEqualTo(1.0 / 3);
        assertThat(status(most)).as("accounts found gone do not dilute real failures").isEqualTo(SourceStatus.DOWN);
    }

    @Test
    void anUnchangedPageIsAGoodAnswer() {
        PlatformAttempts attempts = PlatformAttempts.of(Map.of(FetchOutcome.NOT_MODIFIED, 3L, FetchOutcome.OK, 1L));
        assertThat(attempts.ok()).isEqualTo(4);
        assertThat(attempts.okShare()).isEqualTo(1.0);
    }
}
