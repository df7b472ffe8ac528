package dev.creatorwatch.fetch;

/**
 * How one fetch of a profile page ended. Only {@link #OK} carries data that rules may read; every other outcome is
 * stored with the attempt and never turned into metrics.
 */
public enum FetchOutcome {
    OK,
    NOT_MODIFIED,
    NOT_FOUND,
    SUSPENDED,
    LOGIN_WALL,
    RATE_LIMITED,
    BLOCKED_BY_ROBOTS,
    NETWORK_ERROR,
    TOO_LARGE,
    PARSE_FAILURE,
    REFUSED_ADDRESS;

    public boolean isGood() {
        return this == OK;
    }

    /** The account itself is gone (as opposed to us failing to read it). */
    public boolean meansAccountGone() {
        return this == NOT_FOUND || this == SUSPENDED;
    }
}
