package dev.creatorwatch.audit;

/**
 * Who did something. Until sign-in exists this is the optional {@code X-Actor} request header (unauthenticated, so
 * only a label); sign-in will construct it from the authenticated principal instead, with no change to services.
 */
public record Actor(String name) {

    public static final Actor ANONYMOUS = new Actor("anonymous");
    public static final Actor SYSTEM = new Actor("system");
    public static final String HEADER = "X-Actor";

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }

    /** The actor named by a header value: trimmed, control characters removed, at most 200 characters. */
    public static Actor fromHeader(String header) {
        if (header == null) {
            return ANONYMOUS;
        }
        String clean = header.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            return ANONYMOUS;
        }
        return new Actor(clean.length() > 200 ? clean.substring(0, 200) : clean);
    }
}
