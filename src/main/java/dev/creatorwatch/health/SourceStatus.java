package dev.creatorwatch.health;

/** How well a platform can be read right now, from the share of good fetches in the health window. */
public enum SourceStatus {
    /** Almost every fetch worked. */
    HEALTHY,
    /** A noticeable share failed (login walls, rate limits, layout changes): some data may be old. */
    DEGRADED,
    /** Most fetches failed: treat the platform's data as stale until it recovers. */
    DOWN,
    /** No fetch in the window: nothing to judge by. */
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
