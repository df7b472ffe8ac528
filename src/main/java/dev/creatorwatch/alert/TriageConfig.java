package dev.creatorwatch.alert;

import dev.creatorwatch.rules.Severity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Triage service levels (how long an open alert of each severity may stay open, counted from first seen) and how far
 * ahead a snooze or a suppression may end.
 */
@ConfigMapping(prefix = "monitor.triage")
public interface TriageConfig {

    Sla sla();

    /** The latest a snooze may end, from now: an alert hidden for longer is an alert forgotten. */
    @WithDefault("P365D")
    Duration maxSnooze();

    /** The latest a suppression may expire, from now: silencing a finding is decided again at least this often. */
    @WithDefault("P730D")
    Duration maxSuppression();

    /** Per-severity SLA durations. */
    interface Sla {
        @WithDefault("PT4H")
        Duration critical();

        @WithDefault("PT24H")
        Duration high();

        @WithDefault("PT72H")
        Duration medium();

        @WithDefault("P7D")
        Duration low();

        @WithDefault("P30D")
        Duration informational();

        default Duration of(Severity s) {
            return switch (s) {
                case CRITICAL -> critical();
                case HIGH -> high();
                case MEDIUM -> medium();
                case LOW -> low();
                case INFORMATIONAL -> informational();
            };
        }
    }
}
