package dev.creatorwatch.rules.engagement.anomaly;

import java.time.Instant;
import java.util.Map;

/** A new event the detector opened at {@code at}, with a plain-language reason and the numbers behind it. */
public record AnomalyEvent(AnomalyKind kind, Instant at, double confidence, String reason,
                           Map<String, Object> evidence) {

    public AnomalyEvent {
        evidence = Map.copyOf(evidence);
    }
}
