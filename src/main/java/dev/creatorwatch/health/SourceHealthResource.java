package dev.creatorwatch.health;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/source-health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Source health")
public class SourceHealthResource {

    private final SourceHealth health;

    public SourceHealthResource(SourceHealth health) {
        this.health = health;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "How well each platform can be read: share of good fetches in the window (24 h by default; "
            + "accounts found suspended or not found are counted apart, not as failures), outcomes, accounts gone, "
            + "and the age of the latest good snapshot; refresh=true recounts now")
    public SourceHealth.Report report(@QueryParam("refresh") Boolean refresh) {
        if (Boolean.TRUE.equals(refresh)) {
            health.refresh();
        }
        return health.report();
    }
}
