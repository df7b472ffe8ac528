package dev.creatorwatch.discovery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Impersonation discovery: how many look-alike handles are generated per protected account, how many are checked per
 * run (in total and per account, within the fetcher's politeness limits), and when each is checked again.
 */
@ConfigMapping(prefix = "monitor.discovery")
public interface DiscoveryConfig {

    /** Whether the scheduled discovery runs at all (submitting a suspect works either way). */
    @WithDefault("true")
    boolean enabled();

    /** How often a discovery run starts (read by the scheduler annotation). */
    @WithDefault("1m")
    String tick();

    /** Delay before the first run after start. */
    @WithDefault("30s")
    String initialDelay();

    /** Look-alike handles generated and kept per protected account and platform, most likely first. */
    @WithDefault("40")
    int candidatesPerIdentity();

    /** Also generate the handles on every other platform with a single profile home, not only the account's own. */
    @WithDefault("false")
    boolean allPlatforms();

    /** Protected accounts whose handles one run generates at most. */
    @WithDefault("20")
    int targetsPerRun();

    /** Profile checks one run makes at most, over all protected accounts. */
    @WithDefault("30")
    int checksPerRun();

    /** Profile checks one run makes at most for the handles of one protected account. */
    @WithDefault("5")
    int checksPerIdentityPerRun();

    /** How many profiles are fetched at once (the fetcher's per-host gate still applies). */
    @WithDefault("2")
    int concurrency();

    /** How long a claimed candidate or target is held by the instance that claimed it. */
    @WithDefault("PT10M")
    Duration lease();

    /** When to check a handle with no profile again: rarely, someone may register it later. */
    @WithDefault("P30D")
    Duration notFoundRecheck();

    /** When to check an existing profile again (it may start imitating later, or stop). */
    @WithDefault("P7D")
    Duration foundRecheck();

    /** When to try a page again that could not be read (unless the site asked for longer). */
    @WithDefault("PT6H")
    Duration retryAfterFailure();

    /** When to regenerate a protected account's handles (catches renamed accounts and new generator rules). */
    @WithDefault("P7D")
    Duration regenerateAfter();
}
