package dev.creatorwatch.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How source health and data freshness are judged. */
@ConfigMapping(prefix = "monitor.health")
public interface HealthConfig {

    /** The window over which the share of good fetches per platform is counted. */
    @WithDefault("PT24H")
    Duration window();

    /** Below this share of good fetches a platform is DEGRADED. */
    @WithDefault("0.9")
    double degradedBelow();

    /** Below this share of good fetches a platform is DOWN: what we show about its accounts is going stale. */
    @WithDefault("0.5")
    double downBelow();

    /** An account's data is stale when its latest good read is older than this many scan intervals of its tier. */
    @WithDefault("2.0")
    double staleAfterIntervals();

    /** How long the per-platform figures are reused before they are counted again (they feed every alert view). */
    @WithDefault("PT30S")
    Duration cacheFor();
}
