package dev.creatorwatch.audit;

/** Who did something: the signed-in user (see {@code security.CurrentActor}), or the system itself. */
public record Actor(String name) {

    public static final Actor ANONYMOUS = new Actor("anonymous");
    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }

}
