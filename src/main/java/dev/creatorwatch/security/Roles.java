package dev.creatorwatch.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four roles. Constants, so endpoint annotations and checks spell them one way. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String SECURITY = "security";
    public static final String MARKETER = "marketer";
    public static final String COMPLIANCE = "compliance";

    public static final List<String> ALL = List.of(ADMIN, SECURITY, MARKETER, COMPLIANCE);

    private Roles() {
    }

    public static Optional<String> fromName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.contains(n) ? Optional.of(n) : Optional.empty();
    }
}
