package dev.creatorwatch.export;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.alert.AlertQuery;
import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.audit.Actor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/exports")
@Tag(name = "Exports")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
public class ExportResource {

    @jakarta.inject.Inject
    CurrentActor currentActor;

    private final IncidentExporter exporter;

    public ExportResource(IncidentExporter exporter) {
        this.exporter = exporter;
    }

    @GET
    @Path("/incidents")
    @Operation(summary = "Export incidents (alerts with comments and full history), streamed",
            description = "format: csv (UTF-8 with BOM, formula-safe cells), jsonl (one incident per line) or ocsf "
                    + "(OCSF 1.1 Detection Finding, one per line). from/to bound last seen; the other filters are "
                    + "those of GET /api/alerts. Every export is recorded in the audit trail.")
    public Response incidents(@QueryParam("format") String format,
            @QueryParam("status") List<String> status,
            @QueryParam("severity") List<String> severity,
            @QueryParam("rule") String rule,
            @QueryParam("tier") List<String> tier,
            @QueryParam("platform") String platform,
            @QueryParam("creator") Long creator,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("assignee") String assignee,
            @QueryParam("tag") String tag) {
        if (format == null || format.isBlank()) {
            throw ApiException.invalid("format", "is required: csv, jsonl or ocsf");
        }
        ExportFormat f = QueryParams.one("format", format, ExportFormat::fromName);
        AlertQuery.Filter filter = AlertQuery.Filter.parse(status, severity, rule, tier, platform, creator, from, to,
                assignee, tag);
        Actor actor = currentActor.get();
        StreamingOutput body = out -> exporter.export(actor, f, filter, out);
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"incidents." + f.extension() + "\"").build();
    }
}
