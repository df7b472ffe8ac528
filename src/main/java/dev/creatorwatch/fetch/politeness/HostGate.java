package dev.creatorwatch.fetch.politeness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Per-host politeness: at most {@code concurrency} requests in flight, a minimum gap between requests (measured from
 * the end of the previous one), and exponential backoff with jitter after errors or an explicit Retry-After. State
 * lives in a bounded LRU map (a per-instance cache); if a busy host's entry is evicted the limits restart for it,
 * which is harmless at the configured sizes. Nothing here is a scheduling decision: callers get the retry instant
 * back and persist it themselves.
 */
public class HostGate {

    /** Settings for the gate; {@code concurrencyOverrides} replaces {@code concurrency} for the hosts it names. */
    public record Settings(int concurrency, Duration maxWait, Duration backoffBase, Duration backoffMax,
            int maxHosts, Map<String, Integer> concurrencyOverrides) {

        public Settings {
            concurrencyOverrides = Map.copyOf(concurrencyOverrides);
        }

        public Settings(int concurrency, Duration maxWait, Duration backoffBase, Duration backoffMax, int maxHosts) {
            this(concurrency, maxWait, backoffBase, backoffMax, maxHosts, Map.of());
        }

        int concurrencyFor(String host) {
            return Math.max(1, concurrencyOverrides.getOrDefault(host, concurrency));
        }
    }

    /** A held slot; closing it releases the host and starts the next minimum-delay interval. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class HostState {
        final Semaphore inFlight;
        Instant nextStart = Instant.MIN;
        Duration lastDelay = Duration.ZERO;
        int consecutiveFailures;
        Instant backoffUntil = Instant.MIN;
        String backoffReason = "";

        HostState(int concurrency) {
            inFlight = new Semaphore(concurrency, true);
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final BoundedLruMap<String, HostState> hosts;

    public HostGate(Settings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.hosts = new BoundedLruMap<>(settings.maxHosts());
    }

    /**
     * Waits for a slot to contact {@code host}, keeping {@code delay} between requests.
     *
     * @throws HostDeferredException if the host is backing off or the wait would exceed the configured maximum
     */
    public Permit acquire(String host, Duration delay) throws HostDeferredException, InterruptedException {
        HostState state = state(host);
        Instant now = clock.instant();
        synchronized (state) {
            if (state.backoffUntil.isAfter(now)) {
                throw new HostDeferredException(state.backoffUntil,
                        "not contacting " + host + " until " + state.backoffUntil + " (" + state.backoffReason + ")");
            }
        }
        if (!state.inFlight.tryAcquire(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
            throw new HostDeferredException(clock.instant().plus(delay),
                    "too many requests to " + host + " already in flight");
        }
        Instant start;
        synchronized (state) {
            now = clock.instant();
            start = state.nextStart.isAfter(now) ? state.nextStart : now;
            if (Duration.between(now, start).compareTo(settings.maxWait()) > 0) {
                state.inFlight.release();
                throw new HostDeferredException(start, "the queue for " + host + " is longer than " + settings.maxWait());
            }
            state.nextStart = start.plus(delay);
            state.lastDelay = delay;
        }
        try {
            sleeper.sleep(Duration.between(now, start));
        } catch (InterruptedException e) {
            state.inFlight.release();
            throw e;
        }
        return () -> {
            synchronized (state) {
                Instant earliestNext = clock.instant().plus(state.lastDelay);
                if (earliestNext.isAfter(state.nextStart)) {
                    state.nextStart = earliestNext;
                }
            }
            state.inFlight.release();
        };
    }

    /** The server answered sensibly: forget earlier errors. */
    public void recordSuccess(String host) {
        HostState state = state(host);
        synchronized (state) {
            state.consecutiveFailures = 0;
        }
    }

    /** A network error or server error: back off exponentially (equal jitter) and say until when. */
    public Instant recordFailure(String host, String reason) {
        HostState state = state(host);
        synchronized (state) {
            state.consecutiveFailures++;
            Duration backoff = backoffFor(state.consecutiveFailures);
            long halfMillis = backoff.toMillis() / 2;
            long jittered = halfMillis + ThreadLocalRandom.current().nextLong(halfMillis + 1);
            return extendBackoff(state, clock.instant().plusMillis(jittered),
                    reason + ", " + state.consecutiveFailures + " error(s) in a row");
        }
    }

    /** The server told us when to come back (429/503 Retry-After). */
    public Instant recordRetryAfter(String host, Instant until, String reason) {
        HostState state = state(host);
        synchronized (state) {
            state.consecutiveFailures++;
            return extendBackoff(state, until, reason);
        }
    }

    /** Until when this host is being left alone, if it is. */
    public Optional<Instant> backoffUntil(String host) {
        HostState state = hosts.get(host);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            return state.backoffUntil.isAfter(clock.instant()) ? Optional.of(state.backoffUntil)
                    : Optional.empty();
        }
    }

    int trackedHosts() {
        return hosts.size();
    }

    Duration backoffFor(int failures) {
        Duration max = settings.backoffMax();
        int shift = Math.min(failures - 1, 30);
        Duration backoff = settings.backoffBase().multipliedBy(1L << shift);
        return backoff.compareTo(max) > 0 ? max : backoff;
    }

    private Instant extendBackoff(HostState state, Instant until, String reason) {
        if (until.isAfter(state.backoffUntil)) {
            state.backoffUntil = until;
            state.backoffReason = reason;
        }
        return state.backoffUntil;
    }

    private HostState state(String host) {
        return hosts.computeIfAbsent(host, h -> new HostState(settings.concurrencyFor(h)));
    }
}
