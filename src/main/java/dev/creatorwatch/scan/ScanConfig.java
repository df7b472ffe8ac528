package dev.creatorwatch.scan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often accounts are scanned and how much work one scheduler tick may take on. */
@ConfigMapping(prefix = "monitor.scan")
public interface ScanConfig {

    /** Whether the scheduled scan runs at all (the API's scan-now works either way). */
    @WithDefault("true")
    boolean enabled();

    /** How often the scheduler looks for due accounts (read by the scheduler annotation). */
    @WithDefault("15s")
    String tick();

    /** Delay before the first tick after start. */
    @WithDefault("2s")
    String initialDelay();

    /** How many due accounts one tick claims at most. */
    @WithDefault("200")
    int batchSize();

    /** How many accounts are fetched at once. */
    @WithDefault("4")
    int concurrency();

    /**
     * How long a claimed account is held by the instance that claimed it before others may take it. Keep it well
     * above the time two batches take: the next batch is claimed while the current one is being scanned.
     */
    @WithDefault("PT5M")
    Duration lease();

    /** Rescan interval per tier: mega and macro change fastest and matter most to brands. */
    Intervals interval();

    /** Factor applied to the interval while the account has an open high or critical alert. */
    @WithDefault("0.25")
    double highAlertFactor();

    /** Spread of the next due time, as a share of the interval (+/-), so scans do not bunch up. */
    @WithDefault("0.1")
    double jitter();

    /** When to try again after a failed fetch (network error, rate limit without Retry-After, ...). */
    @WithDefault("PT30M")
    Duration retryAfterFailure();

    /** Delay before the first scan of a newly added account. */
    @WithDefault("PT0S")
    Duration firstScanDelay();

    /** Per-tier rescan intervals. */
    interface Intervals {
        /** Accounts without a good snapshot yet. */
        @WithDefault("PT6H")
        Duration unknown();

        /** Under 1,000 followers. */
        @WithDefault("PT24H")
        Duration emerging();

        /** 1,000 to 9,999 followers. */
        @WithDefault("PT24H")
        Duration nano();

        /** 10,000 to 99,999 followers. */
        @WithDefault("PT12H")
        Duration micro();

        /** 100,000 to 999,999 followers. */
        @WithDefault("PT6H")
        Duration macro();

        /** 1,000,000 followers and more. */
        @WithDefault("PT6H")
        Duration mega();
    }
}
