package dev.creatorwatch.fetch.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration CAP = Duration.ofHours(24);

    @Test
    void secondsAndDates() {
        assertThat(RetryAfter.parse("120", NOW, CAP)).contains(NOW.plusSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW, CAP)).contains(NOW);
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 01:00:00 GMT", NOW, CAP)).contains(NOW.plusSeconds(3600));
    }

    @Test
    void pastDatesMeanNowAndHugeValuesAreCapped() {
        assertThat(RetryAfter.parse("Wed, 31 Dec 2025 23:00:00 GMT", NOW, CAP)).contains(NOW);
        assertThat(RetryAfter.parse("999999999999", NOW, CAP)).contains(NOW.plus(CAP));
        assertThat(RetryAfter.parse("Fri, 01 Jan 2100 00:00:00 GMT", NOW, CAP)).contains(NOW.plus(CAP));
    }

    @Test
    void garbageIsIgnored() {
        assertThat(RetryAfter.parse(null, NOW, CAP)).isEmpty();
        assertThat(RetryAfter.parse("", NOW, CAP)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW, CAP)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW, CAP)).isEmpty();
        assertThat(RetryAfter.parse("1".repeat(5000), NOW, CAP)).isEmpty();
    }
}
