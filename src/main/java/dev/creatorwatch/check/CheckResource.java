package dev.creatorwatch.check;

import dev.creatorwatch.api.Cursor;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pre-contract creator check: run one, list them, download one as JSON or as a printable page. */
@Path("/api/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Creator check")
public class CheckResource {

    private final CreatorCheckService checks;
    private final CurrentActor actor;

    public CheckResource(CreatorCheckService checks, CurrentActor actor) {
        this.checks = checks;
        this.actor = actor;
    }

    /** A saved check in a list. */
    public record Summary(long id, Instant createdAt, String createdBy, Verdict verdict, int riskScore,
            List<String> urls) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER})
    @Operation(summary = "Check one creator's profiles before contracting (watched or not)",
            description = "Fetches each profile now, or reuses a stored snapshot younger than maxSnapshotAgeMinutes, "
                    + "runs every rule module and returns tier, engagement, findings, a risk score and a verdict. A "
                    + "URL of a watched account (matched by platform and handle, or by its profile address) brings "
                    + "the account's open alerts into the score, the verdict and the reasons.")
    public Response run(@NotNull @Valid CheckRequest request) {
        CheckReport report = checks.run(request, actor.get());
        return Response.status(201).header("Location", "/api/checks/" + report.id()).entity(report).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "Saved checks, newest first")
    public Page<Summary> list(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int n = QueryParams.limit(limit);
        Cursor cursor = Cursor.decode(after);
        List<CreatorCheck> rows = (cursor == null
                ? CreatorCheck.<CreatorCheck>find("order by id desc")
                : CreatorCheck.<CreatorCheck>find("id < ?1 order by id desc", cursor.id())).page(0, n + 1).list();
        boolean more = rows.size() > n;
        List<CreatorCheck> page = more ? rows.subList(0, n) : rows;
        return new Page<>(page.stream().map(c -> new Summary(c.id, c.createdAt, c.createdBy, c.verdict, c.riskScore,
                List.of(c.urls.split("\n")))).toList(),
                more ? new Cursor(null, page.get(n - 1).id).encode() : null);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "One saved check as JSON")
    public CheckReport get(@PathParam("id") long id) {
        return checks.get(id);
    }

    @GET
    @Path("/{id}/report.html")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "One saved check as a printable page")
    public String html(@PathParam("id") long id) {
        return CheckReportHtml.render(checks.get(id));
    }
}
