package dev.creatorwatch.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * Sigma-style levels. The weight is the risk (0-100) one open alert of this level adds at full confidence; see
 * {@link RiskScore} for how alerts combine.
 */
public enum Severity {
    INFORMATIONAL(5),
    LOW(20),
    MEDIUM(45),
    HIGH(70),
    CRITICAL(90);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public static Optional<Severity> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean atLeast(Severity other) {
        return ordinal() >= other.ordinal();
    }
}
