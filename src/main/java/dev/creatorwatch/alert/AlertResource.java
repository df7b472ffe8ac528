package dev.creatorwatch.alert;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AlertResource {

    private final AlertQuery query;

    public AlertResource(AlertQuery query) {
        this.query = query;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "List alerts, newest activity first",
            description = "Filters combine with AND; list filters take comma-separated values. Page with `after`.")
    public Page<AlertView> list(@QueryParam("status") List<String> status,
            @QueryParam("severity") List<String> severity,
            @QueryParam("rule") String rule,
            @QueryParam("tier") List<String> tier,
            @QueryParam("platform") String platform,
            @QueryParam("creator") Long creator,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        AlertQuery.Filter f = new AlertQuery.Filter(
                QueryParams.list("status", status, AlertResource::status),
                QueryParams.list("severity", severity, Severity::fromName),
                rule == null || rule.isBlank() ? null : rule.trim(),
                QueryParams.list("tier", tier, Tier::fromName),
                QueryParams.one("platform", platform, Platform::fromName),
                creator,
                QueryParams.instant("from", from),
                QueryParams.instant("to", to));
        return query.list(f, after, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "One alert with its evidence")
    public AlertView get(@PathParam("id") long id) {
        Alert a = Alert.<Alert>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Alert", id));
        return query.views(List.of(a)).get(0);
    }

    static Optional<AlertStatus> status(String v) {
        try {
            return Optional.of(AlertStatus.valueOf(v.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
