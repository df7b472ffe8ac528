package dev.creatorwatch.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a 413 problem that
 * gives the limit. Quarkus makes the same check in the route right after this one, but answers with an empty body.
 */
@ApplicationScoped
public class OversizedBodies {

    private static final long MIB = 1024 * 1024;

    private final long limit;
    private final ProblemWriter problems;

    public OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ProblemWriter problems) {
        this.limit = limit.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext rc) {
        long declared = declaredLength(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= limit) {
            rc.next();
            return;
        }
        // The body is never read, so the connection is closed after the answer (as Quarkus does): the client stops
        // sending, and no leftover body bytes are taken for the next request.
        rc.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        rc.response().endHandler(ended -> rc.request().connection().close());
        problems.end(rc, 413, "Content Too Large", "The request body is " + declared + " bytes; at most "
                + describe(limit) + " are accepted");
    }

    /** -1 without a length; a length that is not a number is left to Quarkus's check, which comes next. */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String describe(long bytes) {
        return bytes % MIB == 0 ? bytes + " bytes (" + bytes / MIB + " MiB)" : bytes + " bytes";
    }
}
