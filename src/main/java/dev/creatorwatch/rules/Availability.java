package dev.creatorwatch.rules;

import dev.creatorwatch.fetch.FetchOutcome;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether the account's page could be read on this scan, and how that compares with before. Rules normally see only
 * good snapshots; when the account itself is gone (not found, suspended) the engine hands this to the few modules that
 * {@linkplain RuleModule#watchesAvailability() watch availability}, so a vanished account raises its own alert without
 * any rule ever reading a failed fetch as data.
 *
 * @param outcome         how this attempt ended
 * @param previousOutcome how the attempt before it ended; null on the first attempt
 * @param consecutive     how many attempts in a row, this one included, ended with {@code outcome}
 * @param lastGoodAt      when the account was last read successfully; null if never
 */
public record Availability(FetchOutcome outcome, FetchOutcome previousOutcome, int consecutive, Instant lastGoodAt) {

    private static final Availability GOOD = new Availability(FetchOutcome.OK, null, 1, null);

    public Availability {
        Objects.requireNonNull(outcome, "outcome");
        consecutive = Math.max(1, consecutive);
    }

    /** A good snapshot: the usual case, where the rest of the context holds the data. */
    public static Availability good() {
        return GOOD;
    }

    public boolean isGood() {
        return outcome.isGood();
    }

    /** The account had been read successfully before this attempt. */
    public boolean wasSeenBefore() {
        return lastGoodAt != null;
    }
}
