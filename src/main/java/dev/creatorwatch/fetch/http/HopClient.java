package dev.creatorwatch.fetch.http;

import dev.creatorwatch.fetch.guard.UrlGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Performs exactly one guarded GET: the URL is checked by {@link UrlGuard} (after DNS resolution) immediately before
 * the request, the body is capped on the wire and after decompression, and the whole exchange has a deadline.
 *
 * <p>Why {@link HttpClient} (HTTP/1.1, redirects NEVER, no proxy): it is in the JDK, gives us each redirect hop to
 * check, lets a body subscriber stop reading at the cap, and its connect timeout plus our overall deadline bound
 * every stall. jsoup's Connection would decompress silently (no bomb cap) and follows redirects itself.
 *
 * <p>Why the blocking {@code send} on the caller's thread rather than {@code sendAsync}: the JDK completes every
 * {@code sendAsync} future on the default async pool, and on a machine with two cores or fewer that "pool" starts a
 * new thread per response. {@code send} reuses the client's workers and keep-alive connections. The request timeout
 * bounds the wait for the response headers; a shared timer thread ends a body that is still arriving at the deadline.
 *
 * <p>Residual DNS-rebinding risk: HttpClient cannot connect to a pre-resolved address for HTTPS (SNI and certificate
 * checks need the name, and it forbids overriding {@code Host}), so it resolves the name again when it connects. That
 * second lookup is normally served from the JVM's positive DNS cache ({@code networkaddress.cache.ttl}, 30 s by
 * default) filled by the guard's lookup microseconds earlier, so a rebinding answer is only used if the cache entry
 * expires in between or the cache is disabled. Keep that TTL above zero. Pooled keep-alive connections were opened to
 * an address checked earlier. Every redirect hop is checked again.
 */
public class HopClient {

    /** One daemon thread for every client's body deadlines: it only cancels, it never reads. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;
    private final UrlGuard guard;
    private final String userAgent;
    private final Duration deadline;

    public HopClient(UrlGuard guard, String userAgent, Duration connectTimeout, Duration deadline) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(connectTimeout)
                .build();
        this.guard = guard;
        this.userAgent = userAgent;
        this.deadline = deadline;
    }

    /**
     * @throws dev.creatorwatch.fetch.guard.RefusedUrlException if the guard refuses the URL (nothing was sent)
     * @throws BodyTooLargeException if the body passed a cap
     * @throws TimeoutException if the exchange did not finish within the deadline
     * @throws IOException for every other network failure (DNS, refused connection, reset, bad encoding)
     */
    public HopResponse get(URI uri, Map<String, String> headers, BodyLimits limits)
            throws IOException, InterruptedException, TimeoutException {
        guard.resolveAndCheck(uri);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri).GET().timeout(deadline)
                    .header("User-Agent", userAgent)
                    .header("Accept-Encoding", "gzip, deflate");
            headers.forEach(request::header);
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot request " + uri + ": " + e.getMessage(), e);
        }
        Body body = new Body(limits);
        ScheduledFuture<?> timer = DEADLINES.schedule(body::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
        java.net.http.HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), body);
        } catch (HttpConnectTimeoutException e) {
            throw e;
        } catch (HttpTimeoutException e) {
            throw new TimeoutException("no complete response from " + uri.getHost() + " within " + deadline);
        } catch (InterruptedException e) {
            body.abort();
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unwrap(e, uri);
        } finally {
            timer.cancel(false);
        }
        byte[] wire = response.body();
        byte[] decoded = ContentDecoding.decode(wire,
                response.headers().firstValue("Content-Encoding").orElse(null), limits);
        return new HopResponse(response.statusCode(), uri, response.headers(), decoded, wire.length);
    }

    /** The body of one exchange: a capped subscriber, and the deadline that may end it while it is still arriving. */
    private static final class Body implements BodyHandler<byte[]> {

        private final BodyLimits limits;
        private final AtomicReference<CappedBodySubscriber> subscriber = new AtomicReference<>();
        private final AtomicBoolean expired = new AtomicBoolean();

        Body(BodyLimits limits) {
            this.limits = limits;
        }

        @Override
        public java.net.http.HttpResponse.BodySubscriber<byte[]> apply(java.net.http.HttpResponse.ResponseInfo info) {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            CappedBodySubscriber s = new CappedBodySubscriber(limits.maxBytes(), limits.truncate(), declared);
            subscriber.set(s);
            if (expired.get()) {
                s.expire(); // the deadline passed while the headers were being read
            }
            return s;
        }

        /** The deadline passed: a body still arriving fails as timed out (before the headers, the request timeout acts). */
        void expire() {
            expired.set(true);
            CappedBodySubscriber s = subscriber.get();
            if (s != null) {
                s.expire();
            }
        }

        void abort() {
            CappedBodySubscriber s = subscriber.get();
            if (s != null) {
                s.abort();
            }
        }
    }

    private static IOException unwrap(Exception e, URI uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        if (e instanceof IOException io) {
            return io;
        }
        return new IOException("request to " + uri.getHost() + " failed: " + e, e);
    }
}
