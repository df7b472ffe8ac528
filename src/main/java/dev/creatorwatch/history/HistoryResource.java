package dev.creatorwatch.history;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Import of an account's past counts (CSV with a header, or a JSON array), so a newly watched account does not start
 * blind. Same roles as adding an account; compliance may read.
 */
@Path("/api/creators/{id}/accounts/{accountId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Creators")
public class HistoryResource {

    /** One imported point as the API shows it; {@code source} is always {@code imported}. */
    public record PointView(Instant date, Long followers, Long following, Long posts, Long totalLikes,
                            Double engagementPerPost, String source, String importId, Instant importedAt,
                            String importedBy) {

        static PointView of(ImportedHistoryPoint p) {
            return new PointView(p.observedAt, p.followers, p.following, p.posts, p.totalLikes, p.engagementPerPost,
                    "imported", p.importId, p.importedAt, p.importedBy);
        }
    }

    private final HistoryImportService service;

    public HistoryResource(HistoryImportService service) {
        this.service = service;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER})
    @Operation(summary = "Import an account's past counts (CSV date,followers,following,posts,engagement or JSON)",
            description = "All rows or none: every bad line is reported as a problem+json field error (422), named "
                    + "by the line of the file it starts on (CSV) or the item (JSON, from 1); a file over 4 MiB is "
                    + "refused with 413. Counts are whole numbers written 12000 or 12,000. An import that loses a "
                    + "race with another import of the same dates is refused with 409. Imported points are marked "
                    + "as imported, never as snapshots. Snapshots already scanned that now follow an imported point "
                    + "(usually the account's first scan) are judged again against it: snapshotsJudgedAgain and "
                    + "alertsOpened say what that found; evidence then names the import (previousSource: imported).")
    public Response importHistory(@PathParam("id") long id, @PathParam("accountId") long accountId, String body) {
        return Response.status(Response.Status.CREATED).entity(service.importHistory(id, accountId, body)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "The account's imported history points, oldest first")
    public List<PointView> list(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        return service.list(id, accountId).stream().map(PointView::of).toList();
    }
}
