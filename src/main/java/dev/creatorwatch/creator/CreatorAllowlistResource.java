package dev.creatorwatch.creator;

import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A protected creator's or brand's allowlist of sanctioned accounts (fan accounts, sub-brands). */
@Path("/api/creators/{id}/allowlist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Creators")
public class CreatorAllowlistResource {

    private final CreatorAllowlist allowlist;
    private final CurrentActor actor;

    public CreatorAllowlistResource(CreatorAllowlist allowlist, CurrentActor actor) {
        this.allowlist = allowlist;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "Accounts this creator or brand has sanctioned, revoked ones included")
    public List<CreatorAllowlist.View> list(@PathParam("id") long id) {
        return allowlist.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY})
    @Operation(summary = "Sanction an account (platform + handle, or profile URL): impersonation rules and discovery "
            + "stay quiet about it on this creator's behalf")
    public Response add(@PathParam("id") long id, CreatorAllowlist.Request body) {
        return Response.status(201).entity(allowlist.add(actor.get(), id, body)).build();
    }

    @DELETE
    @Path("/{entryId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY})
    @Operation(summary = "Revoke an allowlist entry (kept, and audited, not deleted)")
    public CreatorAllowlist.View revoke(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        return allowlist.revoke(actor.get(), id, entryId);
    }
}
