package dev.creatorwatch.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** One spelling of a username, so "Alice" and "alice" are one account and one throttle entry. */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9._@-]{2,100}");

    private Usernames() {
    }

    public static String normalize(String username) {
        String u = username == null ? "" : username.trim();
        return Normalizer.normalize(u, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public static boolean valid(String normalized) {
        return VALID.matcher(normalized).matches();
    }
}
