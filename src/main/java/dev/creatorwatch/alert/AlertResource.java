package dev.creatorwatch.alert;

import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.api.StrictJson;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.audit.AuditQuery;
import dev.creatorwatch.audit.AuditView;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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

/** Alerts and their triage; every change is made as the signed-in user and recorded in the audit trail. */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
@RolesAllowed({Roles.ADMIN, Roles.SECURITY})
public class AlertResource {

    @jakarta.inject.Inject
    CurrentActor currentActor;

    private final AlertQuery query;
    private final AlertTriage triage;
    private final AlertBulk bulk;
    private final AuditQuery audit;

    public AlertResource(AlertQuery query, AlertTriage triage, AlertBulk bulk, AuditQuery audit) {
        this.query = query;
        this.triage = triage;
        this.bulk = bulk;
        this.audit = audit;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "List alerts, newest activity first",
            description = "Filters combine with AND; list filters take comma-separated values. Page with `after`.")
    public Page<AlertView> list(@BeanParam AlertFilterParams filter, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        return query.list(filter.toFilter(), after, QueryParams.limit(limit));
    }

    @GET
    @Path("/queue")
    @Transactional
    @Operation(summary = "Triage queue: open, not snoozed; severity, then risk, then oldest first",
            description = "Takes the same filters as the list; status narrows within the open statuses (NEW, "
                    + "ACKNOWLEDGED, IN_PROGRESS), CLOSED is a 422. Page with `after`.")
    public Page<AlertView> queue(@BeanParam AlertFilterParams filter, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        return query.queue(filter.toFilter(), after, QueryParams.limit(limit));
    }

    @GET
    @Path("/by-creator")
    @Transactional
    @Operation(summary = "Open alerts per creator: counts per severity, highest risk, oldest open")
    public List<AlertQuery.CreatorGroup> byCreator(@QueryParam("limit") Integer limit) {
        return query.byCreator(QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "One alert with its evidence")
    public AlertView get(@PathParam("id") long id) {
        Alert a = Alert.<Alert>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Alert", id));
        return query.views(List.of(a)).get(0);
    }

    @POST
    @Path("/{id}/status")
    @Transactional
    @Operation(summary = "Move an alert along its lifecycle",
            description = "new → acknowledged → in progress → closed; closing needs closeReason (TRUE_POSITIVE, "
                    + "FALSE_POSITIVE, BENIGN, DUPLICATE, OTHER); a closed alert reopens to ACKNOWLEDGED or "
                    + "IN_PROGRESS. An invalid transition is a 409 problem.")
    public AlertView status(@PathParam("id") long id,
            TriageRequests.StatusChange body) {
        if (body == null) {
            throw ApiException.invalid("status", "is required");
        }
        AlertStatus to = QueryParams.one("status", body.status(), AlertStatus::fromName);
        CloseReason reason = QueryParams.one("closeReason", body.closeReason(), CloseReason::fromName);
        return view(triage.changeStatus(currentActor.get(), id, to, reason));
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @Operation(summary = "Reopen a closed alert (to ACKNOWLEDGED)")
    public AlertView reopen(@PathParam("id") long id) {
        return view(triage.reopen(currentActor.get(), id));
    }

    @PUT
    @Path("/{id}/assignee")
    @Transactional
    @Operation(summary = "Assign (or, with a null assignee, unassign) an alert")
    public AlertView assign(@PathParam("id") long id,
            TriageRequests.Assignment body) {
        return view(triage.assign(currentActor.get(), id, body == null ? null : body.assignee()));
    }

    @POST
    @Path("/{id}/tags")
    @Transactional
    @Operation(summary = "Add tags (existing tags stay)")
    public AlertView addTags(@PathParam("id") long id,
            TriageRequests.Tags body) {
        return view(triage.addTags(currentActor.get(), id, body == null ? null : body.tags()));
    }

    @DELETE
    @Path("/{id}/tags/{tag}")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @Operation(summary = "Remove one tag")
    public AlertView removeTag(@PathParam("id") long id,
            @PathParam("tag") String tag) {
        return view(triage.removeTags(currentActor.get(), id, List.of(tag)));
    }

    @PUT
    @Path("/{id}/snooze")
    @Transactional
    @Operation(summary = "Snooze an open alert until a time (hidden from the queue until then); null wakes it")
    public AlertView snooze(@PathParam("id") long id,
            TriageRequests.Snooze body) {
        return view(triage.snooze(currentActor.get(), id, body == null ? null : body.until()));
    }

    @POST
    @Path("/{id}/comments")
    @Transactional
    @Operation(summary = "Comment on an alert (up to 4000 characters; stored and returned verbatim)")
    public Response comment(@PathParam("id") long id,
            TriageRequests.NewComment body) {
        AlertComment c = triage.comment(currentActor.get(), id, body == null ? null : body.text());
        return Response.status(201).entity(TriageRequests.CommentView.of(c)).build();
    }

    @GET
    @Path("/{id}/comments")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Transactional
    @Operation(summary = "Comments on an alert, oldest first")
    public List<TriageRequests.CommentView> comments(@PathParam("id") long id) {
        Alert.<Alert>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Alert", id));
        return AlertComment.<AlertComment>list("alertId = ?1 order by id", id).stream()
                .map(TriageRequests.CommentView::of).toList();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Transactional
    @Operation(summary = "Every recorded change to an alert, oldest first (from the audit trail)")
    public List<AuditView> history(@PathParam("id") long id) {
        Alert.<Alert>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Alert", id));
        return audit.history(AlertTriage.ENTITY, Long.toString(id));
    }

    @POST
    @Path("/bulk")
    @CustomDeserialization(StrictJson.class) // a misspelt filter field would otherwise select every alert
    @Operation(summary = "One action on many alerts, by ids or by filter",
            description = "action: status | assign | tag | untag | snooze. The filter takes the list's filters and "
                    + "must name at least one; an unknown field or an invalid action parameter is a 422. Returns how many "
                    + "alerts matched and succeeded, the requested ids that name no alert, and per-alert failures.")
    public TriageRequests.BulkResult bulk(TriageRequests.Bulk body) {
        return bulk.apply(currentActor.get(), body);
    }

    private AlertView view(Alert a) {
        return query.views(List.of(a)).get(0);
    }
}
