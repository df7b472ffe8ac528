package dev.creatorwatch.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook delivery: how often due deliveries are sent, retries and timeouts. */
@ConfigMapping(prefix = "monitor.notify")
public interface NotifyConfig {

    /** Whether the scheduled sender runs (tests send explicitly). */
    @WithDefault("true")
    boolean enabled();

    /** How many attempts a delivery gets before it is marked failed. */
    @WithDefault("8")
    int maxAttempts();

    /** Delay after the first failure; doubled after each further failure, up to {@link #backoffMax()}. */
    @WithDefault("PT30S")
    Duration backoffBase();

    @WithDefault("PT6H")
    Duration backoffMax();

    @WithDefault("PT5S")
    Duration connectTimeout();

    @WithDefault("PT10S")
    Duration requestTimeout();

    /** How long a claimed delivery is held by the instance sending it before another may retry it. */
    @WithDefault("PT2M")
    Duration lease();

    /** How many due deliveries one tick sends at most. */
    @WithDefault("100")
    int batchSize();
}
