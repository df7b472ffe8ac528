package dev.creatorwatch.alert;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.audit.Actor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/suppressions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
@RolesAllowed({Roles.ADMIN, Roles.SECURITY})
public class SuppressionResource {

    @jakarta.inject.Inject
    CurrentActor currentActor;

    private final Suppressions suppressions;

    public SuppressionResource(Suppressions suppressions) {
        this.suppressions = suppressions;
    }

    @POST
    @Operation(summary = "Suppress a finding by dedup key, or by rule + creator, until an expiry")
    public Response create(Suppressions.Request body) {
        return Response.status(201).entity(suppressions.create(currentActor.get(), body)).build();
    }

    @GET
    @Operation(summary = "Suppressions with how many findings each absorbed")
    public List<Suppressions.View> list(@QueryParam("active") Boolean active) {
        return suppressions.list(Boolean.TRUE.equals(active));
    }

    @GET
    @Path("/{id}")
    public Suppressions.View get(@PathParam("id") long id) {
        return suppressions.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Revoke a suppression (kept, and audited, not deleted)")
    public Suppressions.View revoke(@PathParam("id") long id) {
        return suppressions.revoke(currentActor.get(), id);
    }
}
