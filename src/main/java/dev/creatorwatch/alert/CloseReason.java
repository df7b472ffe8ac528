package dev.creatorwatch.alert;

import java.util.Locale;
import java.util.Optional;

/** Why an alert was closed; every closed alert has one. */
public enum CloseReason {
    TRUE_POSITIVE,
    FALSE_POSITIVE,
    BENIGN,
    DUPLICATE,
    OTHER;

    public static Optional<CloseReason> fromName(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
