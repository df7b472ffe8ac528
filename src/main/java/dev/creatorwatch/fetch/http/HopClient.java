package dev.creatorwatch.fetch.http;

import dev.creatorwatch.fetch.guard.UrlGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Performs exactly one guarded GET: the URL is checked by {@link UrlGuard} (after DNS resolution) immediately before
 * the request, the body is capped on the wire and after decompression, and the whole exchange has a deadline.
 *
 * <p>Why {@link HttpClient} (HTTP/1.1, redirects NEVER, no proxy): it is in the JDK, gives us each redirect hop to
 * check, lets a body subscriber stop reading at the cap, and its connect timeout plus our overall deadline bound
 * every stall. jsoup's Connection would decompress silently (no bomb cap) and follows redirects itself.
 *
 * <p>Residual DNS-rebinding risk: HttpClient cannot connect to a pre-resolved address for HTTPS (SNI and certificate
 * checks need the name, and it forbids overriding {@code Host}), so it resolves the name again when it connects. That
 * second lookup is normally served from the JVM's positive DNS cache ({@code networkaddress.cache.ttl}, 30 s by
 * default) filled by the guard's lookup microseconds earlier, so a rebinding answer is only used if the cache entry
 * expires in between or the cache is disabled. Keep that TTL above zero. Pooled keep-alive connections were opened to
 * an address checked earlier. Every redirect hop is checked again.
 */
public class HopClient {

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
        AtomicReference<CappedBodySubscriber> subscriber = new AtomicReference<>();
        BodyHandler<byte[]> handler = info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            CappedBodySubscriber s = new CappedBodySubscriber(limits.maxBytes(), limits.truncate(), declared);
            subscriber.set(s);
            return s;
        };
        CompletableFuture<java.net.http.HttpResponse<byte[]>> future = client.sendAsync(request.build(), handler);
        java.net.http.HttpResponse<byte[]> response;
        try {
            response = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort(future, subscriber);
            throw new TimeoutException("no complete response from " + uri.getHost() + " within " + deadline);
        } catch (InterruptedException e) {
            abort(future, subscriber);
            throw e;
        } catch (ExecutionException | CancellationException e) {
            throw unwrap(e, uri);
        }
        byte[] wire = response.body();
        byte[] body = ContentDecoding.decode(wire, response.headers().firstValue("Content-Encoding").orElse(null),
                limits);
        return new HopResponse(response.statusCode(), uri, response.headers(), body, wire.length);
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<CappedBodySubscriber> subscriber) {
        future.cancel(true);
        CappedBodySubscriber s = subscriber.get();
        if (s != null) {
            s.abort();
        }
    }

    private static IOException unwrap(Exception e, URI uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof IOException io) {
            return io;
        }
        return new IOException("request to " + uri.getHost() + " failed: " + cause, cause);
    }
}
