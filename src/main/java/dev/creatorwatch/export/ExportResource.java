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
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
    public Response incidents(@QueryParam("format") String format, @BeanParam AlertFilterParams params,
            @Context RoutingContext request) {
        ExportFormat f = format(format);
        AlertQuery.Filter filter = params.toFilter();
        Actor actor = currentActor.get();
        ExportSlots.Slot slot = slots.take();
        // The body may never be written (the client went away first), so the slot also goes back when the exchange
        // ends; closing a slot twice is harmless.
        request.addEndHandler(ended -> slot.close());
        StreamingOutput body = out -> {
            try (slot) {
                exporter.export(actor, f, filter, out);
            }
        };
        return headers(Response.ok(body, f.mediaType()), f);
    }

    /**
     * The export's headers without running it. Without this, JAX-RS answers HEAD by calling the GET method and
     * dropping the body unwritten, and each HEAD kept an export slot until restart.
     */
    @HEAD
    @Path("/incidents")
    public Response incidentsHead(@QueryParam("format") String format, @BeanParam AlertFilterParams params) {
        ExportFormat f = format(format);
        params.toFilter();
        return headers(Response.ok().type(f.mediaType()), f);
    }

    private static ExportFormat format(String format) {
        if (format == null || format.isBlank()) {
            throw ApiException.invalid("format", "is required: csv, jsonl or ocsf");
        }
        return QueryParams.one("format", format, ExportFormat::fromName);
    }

    private static Response headers(Response.ResponseBuilder response, ExportFormat f) {
        return response.header("Content-Disposition", "attachment; filename=\"incidents." + f.extension() + "\"")
                .build();
    }
}
