package dev.creatorwatch.security;

import dev.creatorwatch.api.ProblemMappers;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST layer's role checks as problems: a 401 when no one is signed in, a 403 naming the roles that fall short.
 * Quarkus's own mappers answer both with an empty body; ours take precedence for the exact types.
 */
public class AccessProblemMappers {

    private final SecurityIdentity identity;

    public AccessProblemMappers(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext rc, UriInfo uri) {
        HttpAuthenticator authenticator = rc.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(rc);
        return challenge.map(c -> {
            List<String> set = c == null ? List.of() : c.getHeaders().entrySet().stream()
                    .filter(h -> HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(h.getKey().toString()))
                    .map(Map.Entry::getValue).toList();
            Response.ResponseBuilder response = Response.fromResponse(ProblemMappers.problem(401,
                    UnauthorizedProblem.TITLE, UnauthorizedProblem.detail(
                            rc.request().getHeader(HttpHeaders.AUTHORIZATION), false), uri, List.of()));
            UnauthorizedProblem.challenges(set).forEach(v -> response.header(HttpHeaders.WWW_AUTHENTICATE, v));
            return response.build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ResourceInfo resource, Request request, UriInfo uri) {
        List<String> have = identity.getRoles().stream().sorted().toList();
        String who = have.isEmpty() ? "A user without roles may not call"
                : have.size() == 1 ? "Your role " + have.get(0) + " does not allow"
                : "Your roles " + String.join(", ", have) + " do not allow";
        List<String> needed = rolesAllowed(resource);
        String need = needed.isEmpty() ? ""
                : needed.size() == 1 ? "; it needs the role " + needed.get(0)
                : "; it needs one of the roles " + String.join(", ", needed);
        return ProblemMappers.problem(403, "Forbidden", who + " " + request.getMethod() + " " + uri.getPath() + need
                + ".", uri, List.of());
    }

    /** As the endpoint's {@code @RolesAllowed} says: the method's, else its class's; empty where it names none. */
    private static List<String> rolesAllowed(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return List.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(DenyAll.class)
                && !method.isAnnotationPresent(PermitAll.class)) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : List.of(allowed.value());
    }
}
