package dev.creatorwatch.alert;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.audit.Actor;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Applies one triage action to many alerts, chosen by ids or by the list filter. Each alert succeeds or fails on its
 * own (an invalid transition on one does not stop the others); failures are reported per id.
 */
@ApplicationScoped
public class AlertBulk {

    public static final int MAX_ALERTS = 5000;

    private final AlertTriage triage;

    public AlertBulk(AlertTriage triage) {
        this.triage = triage;
    }

    @Transactional(dontRollbackOn = ApiException.class)
    public TriageRequests.BulkResult apply(Actor actor, TriageRequests.Bulk req) {
        if (req == null || req.action() == null) {
            throw ApiException.invalid("action", "is required: status, assign, tag, untag or snooze");
        }
        String action = req.action().strip().toLowerCase(Locale.ROOT);
        AlertStatus status = null;
        CloseReason reason = null;
        switch (action) {
            case "status" -> {
                status = AlertStatus.fromName(String.valueOf(req.status()))
                        .orElseThrow(() -> ApiException.invalid("status", "is required and must be a status"));
                reason = req.closeReason() == null ? null : CloseReason.fromName(req.closeReason())
                        .orElseThrow(() -> ApiException.invalid("closeReason", "has an unknown value"));
            }
            case "tag", "untag" -> AlertTriage.tags(req.tags());
            case "assign", "snooze" -> { }
            default -> throw ApiException.invalid("action", "must be status, assign, tag, untag or snooze");
        }
        List<Long> ids = targets(req);
        List<TriageRequests.Failure> failures = new ArrayList<>();
        for (Long id : ids) {
            try {
                switch (action) {
                    case "status" -> triage.changeStatus(actor, id, status, reason);
                    case "assign" -> triage.assign(actor, id, req.assignee());
                    case "tag" -> triage.addTags(actor, id, req.tags());
                    case "untag" -> triage.removeTags(actor, id, req.tags());
                    default -> triage.snooze(actor, id, req.until());
                }
            } catch (ApiException e) {
                failures.add(new TriageRequests.Failure(id, e.status(), e.getMessage()));
            }
        }
        return new TriageRequests.BulkResult(ids.size(), ids.size() - failures.size(), failures);
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
