package dev.creatorwatch.fetch.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory but never more than a cap: past it the subscription is cancelled (the
 * connection is dropped) and the body fails with {@link BodyTooLargeException}, or, in truncating mode, completes
 * with the first {@code cap} bytes. {@link #expire()} lets a caller's deadline stop a slow body.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

    private final long cap;
    private final boolean truncate;
    private final long declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    CappedBodySubscriber(long cap, boolean truncate, long declaredLength) {
        this.cap = cap;
        this.truncate = truncate;
        this.declaredLength = declaredLength;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (!truncate && declaredLength > cap) {
            s.cancel();
            result.completeExceptionally(new BodyTooLargeException(
                    "Content-Length " + declaredLength + " is over the " + cap + "-byte limit"));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = (int) Math.min(Integer.MAX_VALUE, cap - buffer.size());
            int n = item.remaining();
            if (n > room) {
                subscription.cancel();
                if (truncate) {
                    byte[] part = new byte[room];
                    item.get(part);
                    buffer.write(part, 0, part.length);
                    result.complete(buffer.toByteArray());
                } else {
                    result.completeExceptionally(new BodyTooLargeException("body is over the " + cap + "-byte limit"));
                }
                return;
            }
            byte[] bytes = new byte[n];
            item.get(bytes);
            buffer.write(bytes, 0, n);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    /** Stops reading (the caller gave up); safe to call at any time. */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    /**
     * The caller's deadline passed: stops reading and fails the body as timed out, which ends the blocking send that
     * waits for it (a no-op once the body is complete).
     */
    void expire() {
        abort();
        result.completeExceptionally(new HttpTimeoutException("the body did not arrive within the deadline"));
    }
}
