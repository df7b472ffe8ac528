package dev.creatorwatch.fetch.politeness;

import java.time.Instant;

/** We chose not to contact the host now (backoff, Retry-After, or too long a queue); try again at {@link #until()}. */
public class HostDeferredException extends Exception {

    private final transient Instant until;

    public HostDeferredException(Instant until, String message) {
        super(message);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
