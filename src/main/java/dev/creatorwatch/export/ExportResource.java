package dev.creatorwatch.export;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.alert.AlertQuery;
import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.alert.AlertFilterParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/exports")
@Tag(name = "Exports")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
public class ExportResource {

    @jakarta.inject.Inject
    CurrentActor currentActor;

    private final IncidentExporter exporter;
    private final ExportSlots slots;

    public ExportResource(IncidentExporter exporter, ExportSlots slots) {
        this.exporter = exporter;
        this.slots = slots;
    }

    @GET
    @Path("/incidents")
    @Operation(summary = "Export incidents (alerts with comments and full history), streamed",
            description = "format: csv (UTF-8 with BOM, formula-safe cells), jsonl (one incident per line) or ocsf "
                    + "(OCSF 1.1 Detection Finding, one per line). from/to bound last seen; the other filters are "
                    + "those of GET /api/alerts. Every export is recorded in the audit trail. A few exports may run "
                    + "at once (monitor.export.max-concurrent, default 2); one more is refused with 429.")
    public Response incidents(@QueryParam("format") String format, @BeanParam AlertFilterParams params) {
        if (format == null || format.isBlank()) {
            throw ApiException.invalid("format", "is required: csv, jsonl or ocsf");
        }
        ExportFormat f = QueryParams.one("format", format, ExportFormat::fromName);
        AlertQuery.Filter filter = params.toFilter();
        Actor actor = currentActor.get();
        ExportSlots.Slot slot = slots.take();
        StreamingOutput body = out -> {
            try (slot) {
                exporter.export(actor, f, filter, out);
            }
        };
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"incidents." + f.extension() + "\"").build();
    }
}
