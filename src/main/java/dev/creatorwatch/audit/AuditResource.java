package dev.creatorwatch.audit;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only by design: there is no endpoint that edits or deletes audit rows. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
public class AuditResource {

    private final AuditQuery query;
    private final AuditVerifier verifier;

    public AuditResource(AuditQuery query, AuditVerifier verifier) {
        this.query = query;
        this.verifier = verifier;
    }

    @GET
    @Transactional
    @Operation(summary = "Audit rows, oldest first", description = "Filter by entityType, entityId, actor, action, "
            + "from/to (ISO instants); page with `after`.")
    public Page<AuditView> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return query.list(new AuditQuery.Filter(entityType, entityId, actor, action, QueryParams.instant("from", from),
                QueryParams.instant("to", to)), after, QueryParams.limit(limit));
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Verify the whole hash chain", description = "Names the first broken row and why.")
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }
}
