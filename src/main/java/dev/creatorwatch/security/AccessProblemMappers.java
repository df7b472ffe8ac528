package dev.creatorwatch.security;

import dev.creatorwatch.api.ProblemMappers;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST layer's role checks as problems: a 401 when no one is signed in. Quarkus's own mapper answers with an
 * empty body; ours takes precedence for the exact type.
 */
public class AccessProblemMappers {

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
}
