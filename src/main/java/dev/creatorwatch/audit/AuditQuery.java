package dev.creatorwatch.audit;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Cursor;
import dev.creatorwatch.api.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Audit rows, oldest first, keyset-paged on seq; all filters are bound parameters. */
@ApplicationScoped
public class AuditQuery {

    /** Optional filters. */
    public record Filter(String entityType, String entityId, String actor, String action, Instant from, Instant to) {
    }

    public Page<AuditView> list(Filter f, String after, int limit) {
        StringBuilder q = new StringBuilder("select e from AuditEntry e where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        add(q, p, "e.entityType", "type", f.entityType());
        add(q, p, "e.entityId", "eid", f.entityId());
        add(q, p, "e.actor", "actor", f.actor());
        add(q, p, "e.action", "action", f.action());
        if (f.from() != null) {
            q.append(" and e.at >= :from");
            p.put("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and e.at < :to");
            p.put("to", f.to());
        }
        Cursor cursor = Cursor.decode(after);
        if (cursor != null) {
            if (cursor.at() != null) {
                throw ApiException.invalid("after", "is not a cursor this API returned");
            }
            q.append(" and e.seq > :cSeq");
            p.put("cSeq", cursor.id());
        }
        q.append(" order by e.seq");
        TypedQuery<AuditEntry> query = Panache.getEntityManager().createQuery(q.toString(), AuditEntry.class);
        p.forEach(query::setParameter);
        List<AuditEntry> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<AuditEntry> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new Cursor(null, page.get(limit - 1).seq()).encode() : null;
        return new Page<>(page.stream().map(AuditView::of).toList(), next);
    }

    /** The whole history of one entity, oldest first (bounded by what one entity accumulates). */
    public List<AuditView> history(String entityType, String entityId) {
        return Panache.getEntityManager().createQuery(
                "select e from AuditEntry e where e.entityType = :t and e.entityId = :id order by e.seq",
                AuditEntry.class).setParameter("t", entityType).setParameter("id", entityId).getResultList().stream()
                .map(AuditView::of).toList();
    }

    private static void add(StringBuilder q, Map<String, Object> p, String field, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(" and ").append(field).append(" = :").append(name);
            p.put(name, value.strip());
        }
    }
}
