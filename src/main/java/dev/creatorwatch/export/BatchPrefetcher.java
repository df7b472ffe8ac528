package dev.creatorwatch.export;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads batches ahead of the consumer, in parallel, and hands them over in order. A producer thread decides the
 * batches (for the export: the next page of alert ids) and gives each batch's read to one of a few reader threads,
 * so reading overlaps writing and the database works on more than one batch at a time: the export's time becomes
 * that of its slowest stage rather than the sum of all. At most {@link #AHEAD} batches are in flight, which bounds
 * memory. A failed read reaches the consumer at its turn; a consumer that stops early (the client went away) makes
 * the producer stop at its next batch.
 */
final class BatchPrefetcher<T> implements AutoCloseable {

    /** Batches read or being read ahead of the one being written. */
    static final int AHEAD = 3;

    /** What the producer calls for each batch; false means the consumer has stopped and the producer should too. */
    @FunctionalInterface
    interface Sink<T> {
        boolean accept(Callable<List<T>> read);
    }

    /** Decides every batch, in order, on the producer thread. */
    @FunctionalInterface
    interface Producer<T> {
        void produce(Sink<T> sink);
    }

    private static final Object END = new Object();

    private record Failure(RuntimeException cause) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final ExecutorService readers;
    private final Thread producerThread;
    private volatile boolean stopped;
    private boolean ended;

    BatchPrefetcher(String name, int readerThreads, Producer<T> producer) {
        AtomicInteger count = new AtomicInteger();
        this.readers = Executors.newFixedThreadPool(readerThreads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.producerThread = new Thread(() -> run(producer), name);
        producerThread.setDaemon(true);
        producerThread.start();
    }

    private void run(Producer<T> producer) {
        Object last = END;
        try {
            producer.produce(read -> !stopped && hand(readers.submit(read)));
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
        if (item instanceof Future<?> f) {
            f.cancel(false);
        }
        return false;
    }

    /** The next batch, or null after the last; rethrows what made a read or the producer fail. */
    @SuppressWarnings("unchecked")
    List<T> next() {
        if (ended) {
            return null;
        }
        try {
            Object item = queue.take();
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Failure f) {
                ended = true;
                throw f.cause();
            }
            return ((Future<List<T>>) item).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the export readers", e);
        } catch (ExecutionException e) {
            ended = true;
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException("reading a batch failed", e.getCause());
        }
    }

    /**
     * Stops the producer and the readers if they are still going and waits for them, so no database work of this
     * export is left running when it returns.
     */
    @Override
    public void close() {
        stopped = true;
        queue.forEach(item -> {
            if (item instanceof Future<?> f) {
                f.cancel(false);
            }
        });
        queue.clear();
        readers.shutdown();
        try {
            producerThread.join();
            readers.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
