package dev.creatorwatch.alert;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.audit.Actor;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies one triage action to many alerts, chosen by ids or by the list filter. The action's own parameters are
 * checked once, before any alert is touched: a bad one is a 422 for the request. After that each alert succeeds or
 * fails on its own (an invalid transition on one does not stop the others), and the report says which: ids that name
 * no alert are listed as not found, refusals that depend on an alert's state are failures of that alert.
 */
@ApplicationScoped
public class AlertBulk {

    public static final int MAX_ALERTS = 5000;

    private final AlertTriage triage;
    private final Assignees assignees;

    public AlertBulk(AlertTriage triage, Assignees assignees) {
        this.triage = triage;
        this.assignees = assignees;
    }

    @Transactional(dontRollbackOn = ApiException.class)
    public TriageRequests.BulkResult apply(Actor actor, TriageRequests.Bulk req) {
        if (req == null || req.action() == null) {
            throw ApiException.invalid("action", "is required: status, assign, tag, untag or snooze");
        }
        Change change = change(actor, req);
        List<Long> ids = targets(req);
        Set<Long> existing = existing(ids);
        List<Long> notFound = ids.stream().filter(id -> !existing.contains(id)).toList();
        List<TriageRequests.Failure> failures = new ArrayList<>();
        for (Long id : ids) {
            if (!existing.contains(id)) {
                continue;
            }
            try {
                change.apply(id);
            } catch (ApiException e) {
                failures.add(new TriageRequests.Failure(id, e.status(), e.getMessage()));
            }
        }
        return new TriageRequests.BulkResult(existing.size(), existing.size() - failures.size(), notFound,
                failures);
    }

    /** The change to one alert. */
    private interface Change {
        void apply(long id);
    }

    /** The action with its parameters checked, as the single-alert endpoints check them (a blank value is none). */
    private Change change(Actor actor, TriageRequests.Bulk req) {
        switch (req.action().strip().toLowerCase(Locale.ROOT)) {
            case "status" -> {
                AlertStatus status = QueryParams.one("status", req.status(), AlertStatus::fromName);
                CloseReason reason = QueryParams.one("closeReason", req.closeReason(), CloseReason::fromName);
                AlertTriage.checkStatusChange(status, reason);
                return id -> triage.changeStatus(actor, id, status, reason);
            }
            case "assign" -> {
                String username = assignees.resolve(req.assignee());
                return id -> triage.assignResolved(actor, id, username);
            }
            case "tag" -> {
                AlertTriage.tags(req.tags());
                return id -> triage.addTags(actor, id, req.tags());
            }
            case "untag" -> {
                AlertTriage.tags(req.tags());
                return id -> triage.removeTags(actor, id, req.tags());
            }
            case "snooze" -> {
                triage.checkSnooze(req.until());
                return id -> triage.snooze(actor, id, req.until());
            }
            default -> throw ApiException.invalid("action", "must be status, assign, tag, untag or snooze");
        }
    }

    /** Which of the ids name an alert. */
    private static Set<Long> existing(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("select a.id from Alert a where a.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    private static List<Long> targets(TriageRequests.Bulk req) {
        if ((req.ids() == null) == (req.filter() == null)) {
            throw ApiException.invalid("ids", "give either ids or filter");
        }
        if (req.ids() != null) {
            if (req.ids().isEmpty() || req.ids().size() > MAX_ALERTS) {
                throw ApiException.invalid("ids", "must list 1 to " + MAX_ALERTS + " alert ids");
            }
            if (req.ids().stream().anyMatch(Objects::isNull)) {
                throw ApiException.invalid("ids", "must not contain null");
            }
            return req.ids().stream().distinct().toList();
        }
        TriageRequests.BulkFilter bf = req.filter();
        AlertQuery.Filter f = AlertQuery.Filter.parse(bf.status(), bf.severity(), bf.rule(), bf.tier(), bf.platform(),
                bf.creator(), bf.from(), bf.to(), bf.assignee(), bf.tag());
        if (f.describe().isEmpty()) {
            // An empty filter selects every alert, closed ones too: far more likely a mistake than the intent.
            throw ApiException.invalid("filter", "has no criterion; name ids or at least one filter criterion");
        }
        StringBuilder q = new StringBuilder("select a.id from Alert a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        AlertQuery.where(f, q, params);
        q.append(" order by a.id");
        TypedQuery<Long> query = Panache.getEntityManager().createQuery(q.toString(), Long.class);
        params.forEach(query::setParameter);
        List<Long> ids = query.setMaxResults(MAX_ALERTS + 1).getResultList();
        if (ids.size() > MAX_ALERTS) {
            throw ApiException.invalid("filter", "matches more than " + MAX_ALERTS + " alerts; narrow it");
        }
        return ids;
    }
}
