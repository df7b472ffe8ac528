package dev.creatorwatch.discovery;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Cursor;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.audit.AuditTrail;
import dev.creatorwatch.creator.Creator;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.ProfileUrls;
import dev.creatorwatch.fetch.guard.RefusedUrlException;
import dev.creatorwatch.fetch.guard.UrlGuard;
import dev.creatorwatch.rules.impersonation.PlatformHandles;
import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Suspected impersonators: submit a profile URL to be fetched and scored now, and list what discovery found. */
@Path("/api/suspects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Impersonation")
public class SuspectResource {

    private final SuspectChecks checks;
    private final UrlGuard guard;
    private final AuditTrail audit;
    private final CurrentActor actor;

    public SuspectResource(SuspectChecks checks, UrlGuard guard, AuditTrail audit, CurrentActor actor) {
        this.checks = checks;
        this.guard = guard;
        this.audit = audit;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER})
    @Operation(summary = "Submit a profile suspected of impersonating a protected creator or brand",
            description = "The URL passes the SSRF guard, is fetched now (politely) and compared with the protected "
                    + "identities (or only with creatorId's); the verdict comes back with evidence, is stored, and an "
                    + "impersonation raises an alert on the imitated creator.")
    public Response submit(SuspectRequest request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw ApiException.invalid("url", "is required");
        }
        String url = ProfileUrls.checkUrl("url", request.url().trim());
        URI uri = URI.create(url);
        try {
            guard.resolveAndCheck(uri);
        } catch (RefusedUrlException e) {
            throw ApiException.invalid("url", e.getMessage());
        } catch (UnknownHostException e) {
            throw ApiException.invalid("url", "host " + uri.getHost() + " does not resolve");
        }
        if (request.creatorId() != null) {
            boolean isProtected = QuarkusTransaction.requiringNew().call(() -> Creator
                    .<Creator>findByIdOptional(request.creatorId()).map(c -> c.protectedIdentity)
                    .orElseThrow(() -> ApiException.invalid("creatorId", "no creator " + request.creatorId())));
            if (!isProtected) {
                throw ApiException.invalid("creatorId", "creator " + request.creatorId()
                        + " is not a protected identity, so there is nothing to compare with");
            }
        }
        Platform platform = Platform.ofUrl(uri);
        String handle = PlatformHandles.handleFromUrl(platform, uri).orElse(null);
        String who = actor.get().name();
        SuspectChecks.View view = checks.check(new SuspectChecks.Target(Suspect.Source.SUBMITTED, platform, handle,
                url, request.creatorId(), null, null, who));
        QuarkusTransaction.requiringNew().run(() -> audit.record(actor.get(), "suspect", view.id(), "submitted",
                null, Map.of("url", url, "verdict", view.verdict(), "comparedCreatorId",
                        request.creatorId() == null ? "all" : request.creatorId())));
        return Response.status(201).header("Location", "/api/suspects/" + view.id()).entity(view).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "Suspects found by discovery or submitted, latest check first",
            description = "Filter with verdict (IMPERSONATION, CLEAR, ALLOWLISTED, NOT_FOUND, UNREAD) and source "
                    + "(discovery, submitted); page with `after`.")
    public Page<SuspectChecks.View> list(@QueryParam("verdict") String verdict, @QueryParam("source") String source,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int n = QueryParams.limit(limit);
        Suspect.Verdict v = verdict == null ? null : QueryParams.one("verdict", verdict, x -> enumOf(
                Suspect.Verdict.class, x));
        Suspect.Source s = source == null ? null : QueryParams.one("source", source, x -> enumOf(
                Suspect.Source.class, x));
        Cursor cursor = Cursor.decode(after);
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (v != null) {
            q.append(" and verdict = :verdict");
            params.put("verdict", v);
        }
        if (s != null) {
            q.append(" and source = :source");
            params.put("source", s);
        }
        if (cursor != null) {
            q.append(" and id < :after");
            params.put("after", cursor.id());
        }
        List<Suspect> rows = Suspect.<Suspect>find(q + " order by id desc", params).page(0, n + 1).list();
        boolean more = rows.size() > n;
        List<Suspect> page = more ? rows.subList(0, n) : rows;
        return new Page<>(page.stream().map(SuspectChecks.View::of).toList(),
                more ? new Cursor(null, page.get(n - 1).id).encode() : null);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "One suspect with its findings and evidence")
    public SuspectChecks.View get(@PathParam("id") long id) {
        return SuspectChecks.View.of(Suspect.<Suspect>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Suspect", id)));
    }

    private static <E extends Enum<E>> java.util.Optional<E> enumOf(Class<E> type, String name) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, name.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
