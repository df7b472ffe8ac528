package dev.creatorwatch.security;

import dev.creatorwatch.api.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every signed-in user manages their own API tokens; admins may revoke anyone's. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
@Tag(name = "Users")
public class TokenResource {

    private final TokenService tokens;
    private final SecurityIdentity identity;

    public TokenResource(TokenService tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @GET
    @Transactional
    @Operation(summary = "My tokens (values are never shown again)")
    public List<SecurityViews.TokenView> mine() {
        return tokens.of(me()).stream().map(SecurityViews.TokenView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token; its value is in this response only. Use it as 'Authorization: Bearer <value>'. "
            + "Only a password sign-in may issue one")
    public Response issue(@NotNull @Valid SecurityViews.NewToken req) {
        // A leaked token must not be able to outlive its own revocation by minting a longer-lived successor.
        if (identity.getAttribute(ApiTokens.TOKEN_ID_ATTRIBUTE) != null) {
            throw new ApiException(403, "Forbidden",
                    "A token cannot issue tokens: sign in with your password to issue one", List.of());
        }
        TokenService.Issued issued = tokens.issue(me(), req.name(), Duration.ofDays(req.expiresInDays()));
        return Response.status(201)
                .entity(new SecurityViews.IssuedToken(SecurityViews.TokenView.of(issued.token()), issued.value()))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token")
    public SecurityViews.TokenView revoke(@PathParam("id") long id) {
        return SecurityViews.TokenView.of(tokens.revoke(id, me(), identity.hasRole(Roles.ADMIN)));
    }

    private long me() {
        Long id = identity.getAttribute("userId");
        return id;
    }
}
