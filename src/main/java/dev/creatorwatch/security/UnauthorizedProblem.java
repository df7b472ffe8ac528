package dev.creatorwatch.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a 401 says and which challenges it carries. It tells how to sign in and, when credentials were sent, that they
 * were refused, in words that fit every cause alike, so it never shows whether a username exists.
 */
final class UnauthorizedProblem {

    static final String TITLE = "Unauthorized";
    private static final String HOW = "send 'Authorization: Basic' with a username and password, or "
            + "'Authorization: Bearer' with an API token";

    private UnauthorizedProblem() {
    }

    /** {@code authorization} is the request's Authorization header (null without one). */
    static String detail(String authorization, boolean refused) {
        if (!refused) {
            return "This endpoint needs a signed-in user: " + HOW + ".";
        }
        return switch (scheme(authorization)) {
            case "basic" -> "The username and password were not accepted (a wrong password, an unknown or disabled "
                    + "user, and a username locked for a while after repeated failures are refused alike); " + HOW
                    + ".";
            case "bearer" -> "The API token was not accepted (unknown, expired or revoked tokens, and tokens of "
                    + "disabled users, are refused alike); " + HOW + ".";
            default -> "The credentials sent were not accepted; " + HOW + ".";
        };
    }

    /**
     * The challenges Quarkus set, with the API token's added: Quarkus sends only its first mechanism's (Basic), so
     * clients were never told that a token is accepted too.
     */
    static List<String> challenges(List<String> set) {
        List<String> all = new ArrayList<>(set);
        if (all.stream().noneMatch(c -> scheme(c).equals("bearer"))) {
            all.add(ApiTokenMechanism.CHALLENGE);
        }
        return all;
    }

    private static String scheme(String header) {
        if (header == null) {
            return "";
        }
        String h = header.strip();
        int space = h.indexOf(' ');
        return (space < 0 ? h : h.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
