package dev.creatorwatch.alert;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The alert lifecycle: new → acknowledged → in progress → closed (with a reason). Work may skip ahead (new straight
 * to closed), in progress may step back to acknowledged, and a closed alert is reopened to acknowledged or in
 * progress. A finding that repeats updates the one alert that is not closed.
 */
public enum AlertStatus {
    NEW,
    ACKNOWLEDGED,
    IN_PROGRESS,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    public Set<AlertStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> EnumSet.of(ACKNOWLEDGED, CLOSED);
            case CLOSED -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS);
        };
    }

    public boolean canMoveTo(AlertStatus to) {
        return next().contains(to);
    }

    public static Optional<AlertStatus> fromName(String v) {
        try {
            return Optional.of(valueOf(v.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
