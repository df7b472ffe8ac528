package dev.creatorwatch.security;

import dev.creatorwatch.audit.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The signed-in person as the audit trail names them; taken from the authenticated identity, never from a header. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        return identity.isAnonymous() ? Actor.ANONYMOUS : new Actor(identity.getPrincipal().getName());
    }
}
