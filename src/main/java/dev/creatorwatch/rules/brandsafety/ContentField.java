package dev.creatorwatch.rules.brandsafety;

import java.util.Locale;
import java.util.Optional;

/** The parts of a profile that are screened; rule parameters may pick a subset. */
public enum ContentField {
    NAME,
    BIO,
    LINK,
    POSTS;

    public static Optional<ContentField> fromName(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
