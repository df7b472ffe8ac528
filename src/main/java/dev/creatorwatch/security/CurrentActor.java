package dev.creatorwatch.security;

import dev.creatorwatch.audit.Actor;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The signed-in person as the audit trail names them; taken from the authenticated identity, never from a header.
 * Work that no request started (start-up seeding, scheduled jobs) is done by {@link Actor#SYSTEM}.
 */
@ApplicationScoped
public class CurrentActor {

    private final Instance<SecurityIdentity> identity;

    public CurrentActor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public Actor get() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM;
        }
        SecurityIdentity id = identity.get();
        return id.isAnonymous() ? Actor.ANONYMOUS : new Actor(id.getPrincipal().getName());
    }
}
