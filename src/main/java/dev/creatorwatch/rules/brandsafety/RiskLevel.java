package dev.creatorwatch.rules.brandsafety;

import java.util.Locale;
import java.util.Optional;

/**
 * GARM risk levels, lowest first. {@link #FLOOR} is content no brand should appear next to: it alerts under every
 * suitability profile.
 */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    FLOOR;

    public static Optional<RiskLevel> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean atLeast(RiskLevel other) {
        return ordinal() >= other.ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How sure a single match of this level makes us that the content matters to a brand. */
    double confidence() {
        return switch (this) {
            case FLOOR -> 0.95;
            case HIGH -> 0.8;
            case MEDIUM -> 0.6;
            case LOW -> 0.4;
        };
    }
}
