package dev.creatorwatch.creator;

import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.scan.AccountScanner;
import dev.creatorwatch.scan.ScanReport;
import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/creators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Creators")
public class CreatorResource {

    private final CreatorService service;
    private final CreatorQuery query;
    private final AccountScanner scanner;

    public CreatorResource(CreatorService service, CreatorQuery query, AccountScanner scanner) {
        this.service = service;
        this.query = query;
        this.scanner = scanner;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER})
    @Operation(summary = "Watch a new creator, optionally with its accounts")
    public Response create(@NotNull @Valid CreatorRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        long id = service.create(request).id;
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(detail(id)).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "List creators with tier and risk score", description = "Page with `after`.")
    public Page<CreatorViews.Summary> list(@QueryParam("q") String q, @QueryParam("tier") List<String> tier,
            @QueryParam("tag") String tag, @QueryParam("protected") Boolean protectedIdentity,
            @QueryParam("platform") String platform, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        CreatorQuery.Filter f = new CreatorQuery.Filter(q == null || q.isBlank() ? null : q.trim(),
                QueryParams.list("tier", tier, Tier::fromName),
                tag == null || tag.isBlank() ? null : tag.trim(), protectedIdentity,
                QueryParams.one("platform", platform, Platform::fromName));
        return query.list(f, after, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "A creator with tier, latest metrics per account, risk score and open alerts")
    public CreatorViews.Detail detail(@PathParam("id") long id) {
        return query.detail(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER})
    @Operation(summary = "Change name, notes, tags or the protected flag (accounts have their own endpoints)",
            description = "Only the fields given change: a field left out or null keeps its value (a body with just "
                    + "a name leaves notes, tags and protectedIdentity as they are). `\"tags\": []` clears the tags, "
                    + "`\"notes\": \"\"` clears the notes.")
    public CreatorViews.Detail update(@PathParam("id") long id, @NotNull @Valid CreatorUpdate request) {
        service.update(id, request);
        return detail(id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY})
    @Operation(summary = "Stop watching a creator; its snapshots and alerts are deleted with it")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/accounts")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER})
    @Operation(summary = "Add an account; adding one the creator already has is idempotent (200 instead of 201)")
    public Response addAccount(@PathParam("id") long id, @NotNull @Valid AccountRequest request) {
        CreatorService.AccountAdded added = service.addAccount(id, request);
        return Response.status(added.created() ? 201 : 200).entity(detail(id)).build();
    }

    @DELETE
    @Path("/{id}/accounts/{accountId}")
    // As for a whole creator: the account's alerts, with their comments and triage history, go with it, and those are
    // incident records a marketer must not be able to erase.
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY})
    @Operation(summary = "Stop watching one account of a creator; its snapshots and alerts are deleted with it")
    public Response removeAccount(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        service.removeAccount(id, accountId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/snapshots")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "Fetch attempts of the creator's accounts, newest first, failed ones included")
    public Page<CreatorViews.SnapshotView> snapshots(@PathParam("id") long id, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        return query.snapshots(id, after, QueryParams.limit(limit));
    }

    @POST
    @Path("/{id}/scan")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER})
    @Operation(summary = "Fetch every account of the creator now and run the rules; returns each account's outcome")
    public List<ScanReport> scan(@PathParam("id") long id) {
        List<Long> accounts = service.accountIds(id);
        return accounts.stream().map(scanner::scan).toList();
    }
}
