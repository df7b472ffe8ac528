package dev.creatorwatch.fetch.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.fetch.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostGateTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    private HostGate gate(int maxHosts) {
        return new HostGate(new HostGate.Settings(1, Duration.ofSeconds(60), Duration.ofSeconds(30),
                Duration.ofHours(1), maxHosts), clock, clock.sleeper());
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        HostGate gate = gate(10);
        assertThat(gate.backoffFor(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(gate.backoffFor(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(gate.backoffFor(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(gate.backoffFor(10)).isEqualTo(Duration.ofHours(1));
        assertThat(gate.backoffFor(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void failuresDeferTheHostAndSuccessResetsTheCount() throws Exception {
        HostGate gate = gate(10);
        Instant until = gate.recordFailure("a.example", "HTTP 500");
        assertThat(until).isBetween(NOW.plusSeconds(15), NOW.plusSeconds(30));
        assertThatThrownBy(() -> gate.acquire("a.example", Duration.ZERO))
                .isInstanceOf(HostDeferredException.class).hasMessageContaining("HTTP 500");
        try (HostGate.Permit p = gate.acquire("b.example", Duration.ZERO)) {
            assertThat(p).isNotNull();
        }
        clock.advance(Duration.ofSeconds(31));
        gate.recordSuccess("a.example");
        Instant again = gate.recordFailure("a.example", "HTTP 500");
        assertThat(Duration.between(clock.instant(), again)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterNeverShortensABackoff() {
        HostGate gate = gate(10);
        gate.recordRetryAfter("a.example", NOW.plusSeconds(600), "429");
        assertThat(gate.recordRetryAfter("a.example", NOW.plusSeconds(60), "429")).isEqualTo(NOW.plusSeconds(600));
        assertThat(gate.backoffUntil("a.example")).contains(NOW.plusSeconds(600));
        clock.advance(Duration.ofSeconds(601));
        assertThat(gate.backoffUntil("a.example")).isEmpty();
    }

    @Test
    void delayIsKeptBetweenRequests() throws Exception {
        HostGate gate = gate(10);
        gate.acquire("a.example", Duration.ofSeconds(5)).close();
        gate.acquire("a.example", Duration.ofSeconds(5)).close();
        assertThat(clock.sleeps()).containsExactly(Duration.ZERO, Duration.ofSeconds(5));
    }

    @Test
    void tooLongAQueueIsDeferredNotWaited() throws Exception {
        HostGate gate = new HostGate(new HostGate.Settings(1, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofHours(1), 10), clock, d -> { });
        gate.acquire("a.example", Duration.ofSeconds(20)).close();
        assertThatThrownBy(() -> gate.acquire("a.example", Duration.ofSeconds(20)))
                .isInstanceOf(HostDeferredException.class)
                .satisfies(e -> assertThat(((HostDeferredException) e).until()).isAfter(NOW));
    }

    @Test
    void concurrencyIsLimitedPerHost() throws Exception {
        HostGate gate = new HostGate(new HostGate.Settings(1, Duration.ofMillis(50), Duration.ofSeconds(30),
                Duration.ofHours(1), 10), clock, clock.sleeper());
        try (HostGate.Permit held = gate.acquire("a.example", Duration.ZERO)) {
            assertThat(held).isNotNull();
            assertThatThrownBy(() -> gate.acquire("a.example", Duration.ZERO))
                    .isInstanceOf(HostDeferredException.class).hasMessageContaining("in flight");
        }
    }

    @Test
    void concurrencyOverrideAppliesToItsHostOnly() throws Exception {
        HostGate gate = new HostGate(new HostGate.Settings(1, Duration.ofMillis(50), Duration.ofSeconds(30),
                Duration.ofHours(1), 10, Map.of("127.0.0.1", 2)), clock, clock.sleeper());
        try (HostGate.Permit first = gate.acquire("127.0.0.1", Duration.ZERO);
                HostGate.Permit second = gate.acquire("127.0.0.1", Duration.ZERO);
                HostGate.Permit other = gate.acquire("a.example", Duration.ZERO)) {
            assertThat(List.of(first, second, other)).hasSize(3);
            assertThatThrownBy(() -> gate.acquire("127.0.0.1", Duration.ZERO))
                    .isInstanceOf(HostDeferredException.class).hasMessageContaining("in flight");
            assertThatThrownBy(() -> gate.acquire("a.example", Duration.ZERO))
                    .isInstanceOf(HostDeferredException.class).hasMessageContaining("in flight");
        }
    }

    @Test
    void stateIsBounded() throws Exception {
        HostGate gate = gate(3);
        for (int i = 0; i < 50; i++) {
            gate.recordFailure("host" + i + ".example", "x");
        }
        assertThat(gate.trackedHosts()).isEqualTo(3);
    }
}
