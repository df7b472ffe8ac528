package dev.creatorwatch.alert;

import dev.creatorwatch.rules.Severity;

/**
 * CDI event fired inside the recording transaction when an alert is opened or its severity goes up; observers (the
 * webhook outbox) write in the same transaction, so an event is never lost nor sent for a rolled-back alert.
 */
public record AlertRaised(long alertId, Kind kind, Severity severity, Severity previousSeverity) {

    /** What happened to the alert. */
    public enum Kind {
        NEW,
        ESCALATED
    }
}
