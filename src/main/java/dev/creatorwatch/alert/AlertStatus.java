package dev.creatorwatch.alert;

/** The alert lifecycle. A finding that repeats updates the one alert that is not closed. */
public enum AlertStatus {
    NEW,
    ACKNOWLEDGED,
    IN_PROGRESS,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
