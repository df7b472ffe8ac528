package dev.creatorwatch.export;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a batch producer on its own thread, at most {@link #AHEAD} batches ahead of the consumer, so reading the next
 * batch from the database overlaps writing the current one: the export's time is the slower of the two, not their
 * sum. Memory stays bounded by the batches in flight. A producer failure reaches the consumer at its next call; a
 * consumer that stops early (the client went away) makes the producer stop at its next batch.
 */
final class BatchPrefetcher<T> implements AutoCloseable {

    /** Batches read ahead of the one being written: one is enough to overlap, two absorbs jitter. */
    static final int AHEAD = 2;

    /** What the producer calls for each batch; false means the consumer has stopped and the producer should too. */
    @FunctionalInterface
    interface Sink<T> {
        boolean accept(List<T> batch);
    }

    /** Produces every batch into the sink, in order, on the prefetch thread. */
    @FunctionalInterface
    interface Producer<T> {
        void produce(Sink<T> sink);
    }

    private static final Object END = new Object();

    private record Failure(RuntimeException cause) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    BatchPrefetcher(String threadName, Producer<T> producer) {
        this.thread = new Thread(() -> run(producer), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Producer<T> producer) {
        Object last = END;
        try {
            producer.produce(this::hand);
        } catch (RuntimeException e) {
            last = new Failure(e);
        } catch (Error e) {
            last = new Failure(new IllegalStateException("export reader failed", e));
        }
        hand(last);
    }

    private boolean hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next batch, or null after the last; rethrows what made the producer fail. */
    @SuppressWarnings("unchecked")
    List<T> next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the export reader", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure f) {
            ended = true;
            throw f.cause();
        }
        return (List<T>) item;
    }

    /** Stops the producer if it is still going and waits for it, so its transaction is over when this returns. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
