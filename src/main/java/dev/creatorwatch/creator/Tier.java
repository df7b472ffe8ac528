package dev.creatorwatch.creator;

/**
 * Audience size band, derived from the followers of the latest good snapshot. The bands are the industry's usual
 * ones; an account is {@link #UNKNOWN} until a good snapshot exists, never guessed from a failed fetch.
 */
public enum Tier {
    UNKNOWN(-1),
    EMERGING(0),
    NANO(1_000),
    MICRO(10_000),
    MACRO(100_000),
    MEGA(1_000_000);

    /** Lowest follower count of the band (inclusive). */
    private final long floor;

    Tier(long floor) {
        this.floor = floor;
    }

    public static Tier ofFollowers(Long followers) {
        if (followers == null || followers < 0) {
            return UNKNOWN;
        }
        Tier result = EMERGING;
        for (Tier t : values()) {
            if (t.floor >= 0 && followers >= t.floor) {
                result = t;
            }
        }
        return result;
    }

    public static java.util.Optional<Tier> fromName(String name) {
        try {
            return java.util.Optional.of(valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    public long floor() {
        return floor;
    }

    /** The larger of two tiers; a creator's tier is that of its largest account. */
    public Tier max(Tier other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
