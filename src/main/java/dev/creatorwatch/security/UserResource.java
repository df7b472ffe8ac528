package dev.creatorwatch.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration. Users are disabled, never deleted, so the audit trail keeps naming real people. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Users")
public class UserResource {

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    @Transactional
    @Operation(summary = "All users")
    public List<SecurityViews.UserView> list() {
        return AppUser.<AppUser>list("order by username").stream().map(SecurityViews.UserView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user with roles admin, security, marketer or compliance")
    public Response create(@NotNull @Valid SecurityViews.NewUser req) {
        AppUser u = users.create(req.username(), req.password(), req.roles(), false);
        return Response.status(201).entity(SecurityViews.UserView.of(u)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change roles, enable/disable, or set a new password")
    public SecurityViews.UserView update(@PathParam("id") long id, @NotNull @Valid SecurityViews.UserChange req) {
        return SecurityViews.UserView.of(users.update(id, req.roles(), req.enabled(), req.password()));
    }
}
