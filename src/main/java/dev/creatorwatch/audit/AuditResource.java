package dev.creatorwatch.audit;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.ApiException;
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
    @Operation(summary = "Verify the whole hash chain", description = "Names the first broken row and why. Keep "
            + "lastSeq:lastHash from a result outside this database and pass it later as checkpoint=<seq>:<hash>: "
            + "the chain must still hold that row with that hash, which shows that no one with write access to the "
            + "database removed or rewrote history up to it.")
    public AuditVerifier.Result verify(@QueryParam("checkpoint") String checkpoint) {
        return verifier.verify(checkpoint == null || checkpoint.isBlank() ? null : checkpoint(checkpoint.strip()));
    }

    private static AuditVerifier.Checkpoint checkpoint(String raw) {
        int colon = raw.indexOf(':');
        String hash = colon < 0 ? "" : raw.substring(colon + 1);
        if (colon < 1 || !raw.substring(0, colon).matches("[0-9]{1,18}") || !hash.matches("[0-9a-fA-F]{64}")) {
            throw ApiException.invalid("checkpoint", "must be <seq>:<hash>, the lastSeq and lastHash of an earlier "
                    + "verification (a whole number and 64 hex digits)");
        }
        return new AuditVerifier.Checkpoint(Long.parseLong(raw.substring(0, colon)), hash);
    }
}
