package dev.creatorwatch.health;

/**
 * How well a platform can be read right now, from the share of good fetches in the health window among those that say
 * so (an account found gone is the platform answering correctly, not a failure: see {@link PlatformAttempts}).
 */
public enum SourceStatus {
    /** Almost every fetch worked. */
    HEALTHY,
    /** A noticeable share failed (login walls, rate limits, layout changes): some data may be old. */
    DEGRADED,
    /** Most fetches failed: treat the platform's data as stale until it recovers. */
    DOWN,
    /** No fetch in the window, or only accounts found gone: nothing to judge by. */
    NO_DATA;

    static SourceStatus of(Double okShare, HealthConfig config) {
        if (okShare == null) {
            return NO_DATA;
        }
        if (okShare < config.downBelow()) {
            return DOWN;
        }
        return okShare < config.degradedBelow() ? DEGRADED : HEALTHY;
    }
}
