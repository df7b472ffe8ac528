package dev.creatorwatch.security;

import dev.creatorwatch.audit.Actor;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The signed-in person as the audit trail names them; taken from the authenticated identity, never from a header.
 * Work that no request started (start-up seeding, scheduled jobs) is done by {@link Actor#SYSTEM}.
 */
@ApplicationScoped
public class CurrentActor {

    private final Instance<SecurityIdentity> identity;
    private final Instance<CurrentVertxRequest> http;

    public CurrentActor(Instance<SecurityIdentity> identity, Instance<CurrentVertxRequest> http) {
        this.identity = identity;
        this.http = http;
    }

    public Actor get() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM;
        }
        SecurityIdentity id = identity.get();
        if (!id.isAnonymous()) {
            return new Actor(id.getPrincipal().getName());
        }
        // Start-up observers run with a request context but no HTTP request; "anonymous" would read as an
        // unauthenticated caller changing data.
        return http.get().getCurrent() == null ? Actor.SYSTEM : Actor.ANONYMOUS;
    }
}
