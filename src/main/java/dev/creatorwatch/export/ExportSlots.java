package dev.creatorwatch.export;

import dev.creatorwatch.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many exports may run at once. Each export holds {@link IncidentExporter#READERS} + 1 connections of the pool the
 * scanner and the API share, for as long as it streams; unbounded, a few large exports at once would leave scans
 * waiting for connections. One more export than allowed is refused up front (429), before anything is written.
 */
@ApplicationScoped
public class ExportSlots {

    /** A held slot; closing it gives it back (once). */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final int limit;
    private final Semaphore free;

    public ExportSlots(@ConfigProperty(name = "monitor.export.max-concurrent", defaultValue = "2") int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("monitor.export.max-concurrent must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.free = new Semaphore(limit);
    }

    /** Takes a slot, or fails with a 429 problem when every slot is taken. */
    public Slot take() {
        if (!free.tryAcquire()) {
            throw new ApiException(429, "Too many exports",
                    limit + " export(s) are already running, the most this server allows at once; try again when one "
                            + "has finished",
                    List.of());
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                free.release();
            }
        };
    }
}
