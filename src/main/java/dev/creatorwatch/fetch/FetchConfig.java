package dev.creatorwatch.fetch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How politely and how defensively {@link PageFetcher} fetches public pages. */
@ConfigMapping(prefix = "monitor.fetch")
public interface FetchConfig {

    /** User-Agent sent with every request; its product token is the name robots.txt groups are matched against. Put a real contact URL here. */
    @WithDefault("CreatorWatchBot/0.1 (+https://creatorwatch.dev/bot; brand-safety monitor of public profiles)")
    String userAgent();

    /** Time allowed to open a TCP/TLS connection. */
    @WithDefault("PT10S")
    Duration connectTimeout();

    /** Deadline for one request from sending it to the last body byte (a slow body fails as a network error). */
    @WithDefault("PT30S")
    Duration readTimeout();

    /** Largest body accepted, on the wire and after decompression; beyond it the outcome is TOO_LARGE. */
    @WithDefault("5242880")
    long maxBodyBytes();

    /** Largest decompressed/compressed ratio accepted once a body passes 1 MiB (decompression-bomb guard). */
    @WithDefault("100")
    int maxCompressionRatio();

    /** Most redirects followed for one fetch; each hop is checked by the URL guard and robots.txt again. */
    @WithDefault("5")
    int maxRedirects();

    /** Minimum gap between the end of one request to a host and the start of the next. */
    @WithDefault("PT2S")
    Duration minHostDelay();

    /** Per-host replacement for min-host-delay, keyed by host name, e.g. {@code monitor.fetch.host-delay-overrides."localhost"=0}. */
    Map<String, Duration> hostDelayOverrides();

    /** Robots.txt Crawl-delay is honoured up to this value (a site asking for an hour per page is capped here). */
    @WithDefault("PT30S")
    Duration crawlDelayCap();

    /** Requests to one host that may be in flight at once (per instance). */
    @WithDefault("1")
    int hostConcurrency();

    /**
     * Per-host replacement for host-concurrency, keyed by host name, for hosts we run ourselves (e.g. a local
     * fixture site in a benchmark: {@code monitor.fetch.host-concurrency-overrides."127.0.0.1"=16}). Empty by default.
     */
    Map<String, Integer> hostConcurrencyOverrides();

    /** Longest a fetch waits for its turn at a busy host before giving up with RATE_LIMITED and a retry time. */
    @WithDefault("PT60S")
    Duration maxQueueWait();

    /** How long robots.txt rules are cached (RFC 9309: at most 24 hours; larger values are cut to 24 hours). */
    @WithDefault("PT24H")
    Duration robotsCacheTtl();

    /** How long a failed robots.txt fetch (5xx, unreachable) is remembered before it is tried again. */
    @WithDefault("PT30M")
    Duration robotsFailureTtl();

    /** Largest robots.txt read; longer files are parsed up to this size (RFC 9309 asks for at least 500 KiB). */
    @WithDefault("512000")
    long robotsMaxBytes();

    /** Most hosts (and robots.txt origins) whose politeness state is kept in memory; least recently used go first. */
    @WithDefault("10000")
    int maxTrackedHosts();

    /** First backoff after an error from a host; doubles per consecutive error, with jitter. */
    @WithDefault("PT30S")
    Duration backoffBase();

    /** Longest backoff after consecutive errors from a host. */
    @WithDefault("PT6H")
    Duration backoffMax();

    /** Longest Retry-After we accept from a server; larger values are cut to this. */
    @WithDefault("PT24H")
    Duration maxRetryAfter();

    /**
     * Hosts, {@code host:port}s, IPs or CIDR blocks that may be fetched although they are loopback/private/etc.
     * (e.g. an internal test server). Empty by default: only public addresses are fetched.
     */
    Optional<List<String>> allowedHosts();
}
