package dev.creatorwatch.security;

import dev.creatorwatch.api.ProblemWriter;
import io.quarkus.security.AuthenticationFailedException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers refused credentials with a 401 problem. Quarkus checks credentials before routing (proactive
 * authentication), so the REST layer never sees the failure: once Quarkus has set the status and its challenge, it
 * hands the failure to the route failure handlers, this one first, and its own would end with an empty body.
 */
@ApplicationScoped
public class RefusedCredentials {

    private final ProblemWriter problems;

    public RefusedCredentials(ProblemWriter problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    private void answer(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        if (!(rc.failure() instanceof AuthenticationFailedException) || response.headWritten()
                || response.getStatusCode() != 401) {
            rc.next();
            return;
        }
        response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE.toString(),
                UnauthorizedProblem.challenges(response.headers().getAll(HttpHeaderNames.WWW_AUTHENTICATE)));
        problems.end(rc, 401, UnauthorizedProblem.TITLE,
                UnauthorizedProblem.detail(rc.request().getHeader(HttpHeaderNames.AUTHORIZATION), true));
    }
}
