package dev.creatorwatch.notify;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.creatorwatch.security.CurrentActor;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.audit.Actor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed({Roles.ADMIN, Roles.SECURITY})
public class WebhookResource {

    @jakarta.inject.Inject
    CurrentActor currentActor;

    private final Webhooks webhooks;

    public WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Operation(summary = "Subscribe to new/escalated alerts at or above a severity",
            description = "The response carries the signing secret; it is never shown again. Bodies are signed: "
                    + "X-Monitor-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">. The URL must point at a "
                    + "public address (private, loopback, link-local and cloud-metadata targets are a 422 problem "
                    + "on `url`, unless allowlisted in monitor.fetch.allowed-hosts); it is checked again before "
                    + "every delivery, and redirects are not followed.")
    public Response create(Webhooks.Request body) {
        return Response.status(201).entity(webhooks.create(currentActor.get(), body)).build();
    }

    @GET
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<Webhooks.View> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    public Webhooks.View get(@PathParam("id") long id) {
        return webhooks.get(id);
    }

    @PUT
    @Path("/{id}")
    public Webhooks.View update(@PathParam("id") long id,
            Webhooks.Request body) {
        return webhooks.update(currentActor.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(currentActor.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Delivery log, newest first",
            description = "status: PENDING (retrying), DELIVERED, FAILED (no 2xx after the last attempt) or REFUSED "
                    + "(the URL failed the address check at send time; nothing was sent, no retry).")
    public Page<Webhooks.DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        return webhooks.deliveries(id, after, QueryParams.limit(limit));
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a signed test event now and return its delivery")
    public Webhooks.DeliveryView test(@PathParam("id") long id) {
        return webhooks.test(currentActor.get(), id);
    }
}
