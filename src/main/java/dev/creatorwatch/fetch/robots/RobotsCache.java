package dev.creatorwatch.fetch.robots;

import dev.creatorwatch.fetch.politeness.BoundedLruMap;
import dev.creatorwatch.fetch.politeness.HostDeferredException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * robots.txt rules per origin (scheme, host, port), cached for at most the TTL (RFC 9309 says no longer than 24 h)
 * and for a shorter time when the fetch failed, in a bounded LRU map. Concurrent callers for the same origin wait
 * for one fetch instead of each fetching robots.txt.
 */
public class RobotsCache {

    /** Fetches and interprets robots.txt at the given URL. */
    @FunctionalInterface
    public interface Loader {
        RobotsPolicy.Verdict load(URI robotsUrl) throws HostDeferredException, InterruptedException;
    }

    private record Entry(CompletableFuture<RobotsPolicy.Verdict> verdict, Instant expires) {
    }

    private final Loader loader;
    private final Duration ttl;
    private final Duration failureTtl;
    private final Clock clock;
    private final BoundedLruMap<String, Entry> entries;

    public RobotsCache(Loader loader, Duration ttl, Duration failureTtl, int maxOrigins, Clock clock) {
        this.loader = loader;
        this.ttl = ttl;
        this.failureTtl = failureTtl.compareTo(ttl) < 0 ? failureTtl : ttl;
        this.clock = clock;
        this.entries = new BoundedLruMap<>(maxOrigins);
    }

    public RobotsPolicy.Verdict verdictFor(URI pageUrl) throws HostDeferredException, InterruptedException {
        String origin = origin(pageUrl);
        CompletableFuture<RobotsPolicy.Verdict> mine = null;
        Entry entry;
        synchronized (entries) {
            entry = entries.get(origin);
            if (entry == null || (entry.verdict().isDone() && !clock.instant().isBefore(entry.expires()))) {
                mine = new CompletableFuture<>();
                entry = new Entry(mine, Instant.MAX);
                entries.put(origin, entry);
            }
        }
        if (mine != null) {
            return loadInto(origin, entry, mine);
        }
        try {
            return entry.verdict().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HostDeferredException deferred) {
                throw deferred;
            }
            throw new IllegalStateException("robots.txt load failed", e.getCause());
        }
    }

    private RobotsPolicy.Verdict loadInto(String origin, Entry placeholder, CompletableFuture<RobotsPolicy.Verdict> mine)
            throws HostDeferredException, InterruptedException {
        try {
            RobotsPolicy.Verdict verdict = loader.load(URI.create(origin + "/robots.txt"));
            Instant expires = clock.instant().plus(verdict.definitive() ? ttl : failureTtl);
            synchronized (entries) {
                entries.remove(origin, placeholder);
                entries.put(origin, new Entry(mine, expires));
            }
            mine.complete(verdict);
            return verdict;
        } catch (HostDeferredException | InterruptedException | RuntimeException e) {
            synchronized (entries) {
                entries.remove(origin, placeholder);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    int size() {
        return entries.size();
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String host = url.getHost() == null ? url.getRawAuthority() : url.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (port < 0 || port == defaultPort ? "" : ":" + port);
    }
}
