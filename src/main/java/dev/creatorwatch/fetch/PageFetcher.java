package dev.creatorwatch.fetch;

import dev.creatorwatch.fetch.charset.BodyDecoder;
import dev.creatorwatch.fetch.charset.DecodedBody;
import dev.creatorwatch.fetch.charset.UndecodableBodyException;
import dev.creatorwatch.fetch.guard.RefusedUrlException;
import dev.creatorwatch.fetch.guard.UrlGuard;
import dev.creatorwatch.fetch.http.BodyLimits;
import dev.creatorwatch.fetch.http.BodyTooLargeException;
import dev.creatorwatch.fetch.http.ContentDecoding;
import dev.creatorwatch.fetch.http.HopClient;
import dev.creatorwatch.fetch.http.HopResponse;
import dev.creatorwatch.fetch.politeness.HostDeferredException;
import dev.creatorwatch.fetch.politeness.HostGate;
import dev.creatorwatch.fetch.politeness.RetryAfter;
import dev.creatorwatch.fetch.politeness.Sleeper;
import dev.creatorwatch.fetch.robots.RobotsCache;
import dev.creatorwatch.fetch.robots.RobotsPolicy;
import crawlercommons.robots.BaseRobotRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Fetches one public page politely and reports exactly one honest {@link FetchOutcome}.
 *
 * <p>Each hop (the first request and every redirect) is: URL guard (SSRF) → robots.txt of that origin → per-host
 * gate (concurrency, minimum delay / Crawl-delay, backoff) → one GET with body caps and a deadline. Redirects are
 * followed by hand (at most {@code max-redirects}); a redirect to a login or challenge page ends as LOGIN_WALL.
 *
 * <p>Retry times: {@link #attempt} returns a {@link FetchAttempt} whose {@code retryNotBefore} tells the scheduler
 * when the host may be tried again (Retry-After, error backoff, busy host); {@link #fetch} is the same without it.
 * Per-host state here is an in-memory, bounded cache per instance, never the source of truth for scheduling.
 */
@ApplicationScoped
public class PageFetcher {

    private static final Logger LOG = Logger.getLogger(PageFetcher.class);
    private static final int ROBOTS_MAX_REDIRECTS = 5;
    private static final Duration ROBOTS_MAX_TTL = Duration.ofHours(24);
    private static final String ACCEPT_PAGE = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

    private final FetchConfig config;
    private final UrlGuard guard;
    private final Clock clock;
    private final HopClient hops;
    private final HostGate gate;
    private final RobotsPolicy robotsPolicy;
    private final RobotsCache robots;
    private final BodyLimits pageLimits;
    private final BodyLimits robotsLimits;

    @Inject
    public PageFetcher(FetchConfig config, UrlGuard guard) {
        this(config, guard, Clock.systemUTC(), Sleeper.real());
    }

    public PageFetcher(FetchConfig config, UrlGuard guard, Clock clock, Sleeper sleeper) {
        this.config = config;
        this.guard = guard;
        this.clock = clock;
        this.hops = new HopClient(guard, config.userAgent(), config.connectTimeout(), config.readTimeout());
        this.gate = new HostGate(new HostGate.Settings(config.hostConcurrency(), config.maxQueueWait(),
                config.backoffBase(), config.backoffMax(), config.maxTrackedHosts(), config.hostConcurrencyOverrides()),
                clock, sleeper);
        this.robotsPolicy = new RobotsPolicy(config.userAgent());
        Duration robotsTtl = config.robotsCacheTtl().compareTo(ROBOTS_MAX_TTL) > 0 ? ROBOTS_MAX_TTL : config.robotsCacheTtl();
        this.robots = new RobotsCache(this::loadRobots, robotsTtl, config.robotsFailureTtl(), config.maxTrackedHosts(), clock);
        this.pageLimits = new BodyLimits(config.maxBodyBytes(), config.maxCompressionRatio(), false);
        this.robotsLimits = new BodyLimits(config.robotsMaxBytes(), config.maxCompressionRatio(), true);
    }

    /** Fetches the page; see {@link #attempt} for the retry time that goes with rate limits and errors. */
    public FetchResult fetch(FetchRequest request) {
        return attempt(request).result();
    }

    /** Fetches the page and says when the host may be tried again, if the outcome calls for waiting. */
    public FetchAttempt attempt(FetchRequest request) {
        return walk(new Walk(request, System.nanoTime(), pageLimits, ACCEPT_PAGE, false));
    }

    /**
     * A binary body (an avatar image) fetched exactly like a page (URL guard on every hop, robots.txt, per-host gate,
     * timeouts, redirects by hand) but with its own size cap and Accept header, and not decoded as text. The outcome
     * is OK with the body for any 2xx; what the bytes are is the caller's to check (servers mislabel images).
     *
     * @param maxBytes largest body accepted, on the wire and after decompression; beyond it the outcome is TOO_LARGE
     */
    public BinaryFetch fetchBinary(URI url, long maxBytes, String accept) {
        Walk walk = new Walk(FetchRequest.of(url), System.nanoTime(),
                new BodyLimits(maxBytes, config.maxCompressionRatio(), false), accept, true);
        FetchAttempt attempt = walk(walk);
        return new BinaryFetch(attempt, attempt.outcome().isGood() ? walk.binaryBody : null,
                attempt.outcome().isGood() ? walk.binaryType : null);
    }

    /** What {@link #fetchBinary} read: the attempt, and for OK the body and its declared Content-Type. */
    public record BinaryFetch(FetchAttempt attempt, byte[] body, String contentType) {

        public FetchOutcome outcome() {
            return attempt.outcome();
        }
    }

    private FetchAttempt walk(Walk walk) {
        try {
            return walk.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(FetchOutcome.NETWORK_ERROR, 0, walk.request.url(), walk.started, "interrupted", null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "fetch of %s failed unexpectedly", walk.request.url());
            return failed(FetchOutcome.NETWORK_ERROR, 0, walk.request.url(), walk.started, "internal error: " + e,
                    null);
        }
    }

    /** Until when this fetcher instance leaves the host alone (backoff or Retry-After), if it does. */
    public Optional<Instant> hostBackoffUntil(String host) {
        return gate.backoffUntil(host.toLowerCase(Locale.ROOT));
    }

    /** One fetch: the hops of a redirect chain. */
    private final class Walk {
        private final FetchRequest request;
        private final long started;
        private final BodyLimits limits;
        private final String accept;
        private final boolean binary;
        private final Set<String> visited = new HashSet<>();
        private byte[] binaryBody;
        private String binaryType;

        Walk(FetchRequest request, long started, BodyLimits limits, String accept, boolean binary) {
            this.request = request;
            this.started = started;
            this.limits = limits;
            this.accept = accept;
            this.binary = binary;
        }

        FetchAttempt run() throws InterruptedException {
            URI current = UrlGuard.withAsciiHost(request.url());
            for (int redirects = 0; ; redirects++) {
                visited.add(withoutFragment(current));
                HopResponse response;
                try {
                    response = hop(current, redirects == 0);
                } catch (Outcome early) {
                    return early.attempt;
                }
                int status = response.status();
                String location = response.header("Location");
                if (isRedirect(status) && location != null) {
                    URI next;
                    try {
                        next = UrlGuard.withAsciiHost(current.resolve(location.trim()));
                    } catch (IllegalArgumentException e) {
                        return failed(FetchOutcome.NETWORK_ERROR, status, current, started,
                                "redirect to an invalid location: " + location, null);
                    }
                    if (LoginPages.isLoginOrChallenge(next)) {
                        return failed(FetchOutcome.LOGIN_WALL, status, next, started,
                                "redirected to a login or challenge page: " + next, null);
                    }
                    if (visited.contains(withoutFragment(next))) {
                        return failed(FetchOutcome.NETWORK_ERROR, status, next, started,
                                "redirect loop back to " + next, null);
                    }
                    if (redirects >= config.maxRedirects()) {
                        return failed(FetchOutcome.NETWORK_ERROR, status, next, started,
                                "more than " + config.maxRedirects() + " redirects", null);
                    }
                    current = next;
                    continue;
                }
                return classify(response, current);
            }
        }

        private HopResponse hop(URI url, boolean first) throws Outcome, InterruptedException {
            String host = hostKey(url);
            try {
                // Refuse before anything, robots.txt included, is sent to the host.
                guard.resolveAndCheck(url);
                RobotsPolicy.Verdict verdict = robots.verdictFor(url);
                if (verdict.kind() == RobotsPolicy.Kind.UNREACHABLE) {
                    throw new Outcome(failed(FetchOutcome.NETWORK_ERROR, 0, url, started, verdict.note(),
                            gate.backoffUntil(host).orElse(null)));
                }
                if (!verdict.rules().isAllowed(url.toString())) {
                    throw new Outcome(failed(FetchOutcome.BLOCKED_BY_ROBOTS, 0, url, started,
                            "robots.txt disallows this URL for our user agent (" + verdict.note() + ")", null));
                }
                HostGate.Permit permit = gate.acquire(host, delayFor(host, verdict.rules()));
                try {
                    return hops.get(url, pageHeaders(first), limits);
                } finally {
                    permit.close();
                }
            } catch (HostDeferredException e) {
                throw new Outcome(failed(FetchOutcome.RATE_LIMITED, 0, url, started, e.getMessage(), e.until()));
            } catch (RefusedUrlException e) {
                throw new Outcome(failed(FetchOutcome.REFUSED_ADDRESS, 0, url, started, e.getMessage(), null));
            } catch (BodyTooLargeException e) {
                gate.recordSuccess(host);
                throw new Outcome(failed(FetchOutcome.TOO_LARGE, 0, url, started, e.getMessage(), null));
            } catch (ContentDecoding.UndecodableContentException e) {
                gate.recordSuccess(host);
                throw new Outcome(failed(FetchOutcome.PARSE_FAILURE, 0, url, started, e.getMessage(), null));
            } catch (IOException | TimeoutException e) {
                Instant until = gate.recordFailure(host, "network error");
                throw new Outcome(failed(FetchOutcome.NETWORK_ERROR, 0, url, started, describe(e), until));
            }
        }

        private Map<String, String> pageHeaders(boolean first) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", accept);
            if (first && request.etag() != null && !request.etag().isBlank()) {
                headers.put("If-None-Match", request.etag());
            }
            if (first && request.lastModified() != null && !request.lastModified().isBlank()) {
                headers.put("If-Modified-Since", request.lastModified());
            }
            return headers;
        }

        private FetchAttempt classify(HopResponse response, URI url) {
            int status = response.status();
            String host = hostKey(url);
            if (status == 429 || (status == 503 && response.header("Retry-After") != null)) {
                Optional<Instant> asked = RetryAfter.parse(response.header("Retry-After"), clock.instant(),
                        config.maxRetryAfter());
                Instant until = asked.isPresent()
                        ? gate.recordRetryAfter(host, asked.get(), "server asked to retry after " + asked.get())
                        : gate.recordFailure(host, "HTTP " + status + " without a usable Retry-After");
                return withBytes(FetchOutcome.RATE_LIMITED, response, url,
                        "HTTP " + status + ": rate limited, retry not before " + until, until);
            }
            if (status >= 500) {
                Instant until = gate.recordFailure(host, "HTTP " + status);
                return withBytes(FetchOutcome.NETWORK_ERROR, response, url, "server error HTTP " + status, until);
            }
            gate.recordSuccess(host);
            if (status == 304) {
                return new FetchAttempt(new FetchResult(FetchOutcome.NOT_MODIFIED, status, url.toString(), null,
                        response.wireBytes(), elapsed(started), headerOr(response, "ETag", request.etag()),
                        headerOr(response, "Last-Modified", request.lastModified()), null), Optional.empty());
            }
            if (status >= 200 && status < 300 && binary) {
                binaryBody = response.body();
                binaryType = response.header("Content-Type");
                return new FetchAttempt(new FetchResult(FetchOutcome.OK, status, url.toString(), null,
                        response.wireBytes(), elapsed(started), null, null, null), Optional.empty());
            }
            if (status >= 200 && status < 300) {
                return page(response, url);
            }
            return switch (status) {
                case 401, 403, 407 -> withBytes(FetchOutcome.LOGIN_WALL, response, url,
                        "HTTP " + status + ": login wall or bot challenge", null);
                case 404 -> withBytes(FetchOutcome.NOT_FOUND, response, url, "HTTP 404: page not found", null);
                case 410, 451 -> withBytes(FetchOutcome.SUSPENDED, response, url,
                        "HTTP " + status + ": page removed or withheld", null);
                default -> withBytes(FetchOutcome.NETWORK_ERROR, response, url, "unexpected HTTP " + status, null);
            };
        }

        private FetchAttempt page(HopResponse response, URI url) {
            try {
                DecodedBody decoded = BodyDecoder.decode(response.body(), response.header("Content-Type"));
                return new FetchAttempt(new FetchResult(FetchOutcome.OK, response.status(), url.toString(),
                        decoded.text(), response.wireBytes(), elapsed(started), response.header("ETag"),
                        response.header("Last-Modified"), null, response.header("Link")), Optional.empty());
            } catch (UndecodableBodyException e) {
                return withBytes(FetchOutcome.PARSE_FAILURE, response, url, e.getMessage(), null);
            }
        }

        private FetchAttempt withBytes(FetchOutcome outcome, HopResponse response, URI url, String error, Instant retry) {
            return new FetchAttempt(new FetchResult(outcome, response.status(), url.toString(), null,
                    response.wireBytes(), elapsed(started), null, null, error), Optional.ofNullable(retry));
        }
    }

    /** Ends a walk early with a finished attempt (guard refusal, robots, deferral, network failure). */
    private static final class Outcome extends Exception {
        final transient FetchAttempt attempt;

        Outcome(FetchAttempt attempt) {
            super(null, null, false, false);
            this.attempt = attempt;
        }
    }

    private RobotsPolicy.Verdict loadRobots(URI robotsUrl) throws HostDeferredException, InterruptedException {
        URI current = robotsUrl;
        for (int redirects = 0; redirects <= ROBOTS_MAX_REDIRECTS; redirects++) {
            HopResponse response;
            String host = hostKey(current);
            HostGate.Permit permit = gate.acquire(host, baseDelay(host));
            try {
                response = hops.get(current, Map.of("Accept", "text/plain,*/*;q=0.5"), robotsLimits);
            } catch (RefusedUrlException e) {
                return robotsPolicy.unreachable("robots.txt refused by the URL guard: " + e.getMessage());
            } catch (IOException | TimeoutException e) {
                gate.recordFailure(host, "robots.txt unreachable");
                return robotsPolicy.unreachable("robots.txt unreachable: " + describe(e));
            } finally {
                permit.close();
            }
            String location = response.header("Location");
            if (isRedirect(response.status()) && location != null) {
                try {
                    current = current.resolve(location.trim());
                } catch (IllegalArgumentException e) {
                    return robotsPolicy.noRules("robots.txt redirects to an invalid location");
                }
                continue;
            }
            return robotsPolicy.fromResponse(current.toString(), response.status(), response.body(),
                    response.header("Content-Type"));
        }
        // RFC 9309 2.3.1.2: past five redirects robots.txt counts as unavailable, which means no rules.
        return robotsPolicy.noRules("robots.txt redirected more than " + ROBOTS_MAX_REDIRECTS + " times");
    }

    private Duration delayFor(String host, BaseRobotRules rules) {
        Duration delay = baseDelay(host);
        long crawlDelayMillis = rules.getCrawlDelay();
        if (crawlDelayMillis > 0) {
            Duration crawlDelay = Duration.ofMillis(crawlDelayMillis);
            if (crawlDelay.compareTo(config.crawlDelayCap()) > 0) {
                crawlDelay = config.crawlDelayCap();
            }
            if (crawlDelay.compareTo(delay) > 0) {
                delay = crawlDelay;
            }
        }
        return delay;
    }

    private Duration baseDelay(String host) {
        Duration override = config.hostDelayOverrides().get(host);
        return override != null ? override : config.minHostDelay();
    }

    private static String hostKey(URI url) {
        String host = url.getHost() != null ? url.getHost() : String.valueOf(url.getRawAuthority());
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String withoutFragment(URI url) {
        String s = url.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static String headerOr(HopResponse response, String name, String fallback) {
        String value = response.header(name);
        return value != null ? value : fallback;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static FetchAttempt failed(FetchOutcome outcome, int status, URI url, long started, String error,
            Instant retryNotBefore) {
        return new FetchAttempt(FetchResult.failed(outcome, status, url.toString(), elapsed(started), error),
                Optional.ofNullable(retryNotBefore));
    }
}
