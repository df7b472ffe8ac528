package dev.creatorwatch.audience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Follower sampling: how many, how far into the list, how often, and which public APIs. */
@ConfigMapping(prefix = "monitor.audience")
public interface AudienceConfig {

    /** Off switch for follower sampling during scans. */
    @WithDefault("true")
    boolean enabled();

    /** Followers classified per sample (a uniform random draw from the listed followers read). */
    @WithDefault("200")
    int sampleSize();

    /** Followers read from the list at most, newest first (the sampling frame). */
    @WithDefault("1000")
    int maxListed();

    /** At most one sample per account in this period: follower lists change slowly and each sample costs requests. */
    @WithDefault("P7D")
    Duration minInterval();

    /** Bluesky AppView base URL (public, no sign-in). */
    @WithDefault("https://public.api.bsky.app")
    String blueskyAppview();

    /** Seed of the sample draw; fixed so a sample can be reproduced from the same list. */
    @WithDefault("20261125")
    long seed();
}
