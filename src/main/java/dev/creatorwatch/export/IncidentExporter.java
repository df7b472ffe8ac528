package dev.creatorwatch.export;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.alert.AlertComment;
import dev.creatorwatch.alert.AlertQuery;
import dev.creatorwatch.alert.AlertTriage;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.audit.AuditEntry;
import dev.creatorwatch.audit.AuditTrail;
import dev.creatorwatch.audit.AuditView;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * Streams incidents in constant memory: alerts are read in keyset batches (id order: the batch's ids, then those
 * alerts with their tags, read-only), each batch's comments, history and creator names are fetched with one query
 * each (no query per incident), written, and the persistence context is cleared before the next batch. The export is recorded in the audit trail afterwards (who, format, filters, rows, completed or not).
 */
@ApplicationScoped
public class IncidentExporter {

    static final int BATCH = 1000;

    private final AuditTrail audit;

    public IncidentExporter(AuditTrail audit) {
        this.audit = audit;
    }

    /** Writes the matching incidents to {@code out}; returns the number of rows. */
    public long export(Actor actor, ExportFormat format, AlertQuery.Filter filter, OutputStream out)
            throws IOException {
        long[] rows = {0};
        boolean completed = false;
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            IncidentWriter writer = format.open(w);
            // A long read-only transaction; the timeout must allow for millions of rows.
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> stream(filter, writer, rows));
            writer.finish();
            completed = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("format", format);
            after.put("filters", filter.describe());
            after.put("rows", rows[0]);
            after.put("completed", completed);
            QuarkusTransaction.requiringNew().run(() -> audit.record(actor, "export", UUID.randomUUID(), "exported",
                    null, after));
        }
        return rows[0];
    }

    private void stream(AlertQuery.Filter filter, IncidentWriter writer, long[] rows) {
        EntityManager em = Panache.getEntityManager();
        StringBuilder base = new StringBuilder("select a.id from Alert a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        AlertQuery.where(filter, base, params);
        String q = base + " and a.id > :lastId order by a.id";
        long lastId = Long.MIN_VALUE;
        while (true) {
            TypedQuery<Long> idQuery = em.createQuery(q, Long.class);
            params.forEach(idQuery::setParameter);
            List<Long> ids = idQuery.setParameter("lastId", lastId).setMaxResults(BATCH).getResultList();
            if (ids.isEmpty()) {
                return;
            }
            // The batch's alerts with their tags in one query (the ids bound it, so the join needs no row limit);
            // read-only, so Hibernate keeps no snapshot of rows it will never write.
            List<Alert> alerts = readOnly(em.createQuery("select a from Alert a left join fetch a.tags "
                    + "where a.id in :ids order by a.id", Alert.class).setParameter("ids", ids)).getResultList();
            Map<Long, List<Incident.Comment>> comments = new HashMap<>();
            for (AlertComment c : readOnly(em.createQuery("select c from AlertComment c where c.alertId in :ids "
                    + "order by c.id", AlertComment.class).setParameter("ids", ids)).getResultList()) {
                comments.computeIfAbsent(c.alertId, k -> new ArrayList<>())
                        .add(new Incident.Comment(c.author, c.createdAt, c.body));
            }
            Map<String, List<AuditView>> history = new HashMap<>();
            for (AuditEntry e : em.createQuery("select e from AuditEntry e where e.entityType = :t and e.entityId in "
                    + ":ids order by e.seq", AuditEntry.class).setParameter("t", AlertTriage.ENTITY)
                    .setParameter("ids", ids.stream().map(String::valueOf).toList()).getResultList()) {
                history.computeIfAbsent(e.entityId(), k -> new ArrayList<>()).add(AuditView.of(e));
            }
            Map<Long, String> creatorNames = new HashMap<>();
            for (Object[] c : em.createQuery("select c.id, c.name from Creator c where c.id in :ids", Object[].class)
                    .setParameter("ids", alerts.stream().map(a -> a.creatorId).distinct().toList()).getResultList()) {
                creatorNames.put((Long) c[0], (String) c[1]);
            }
            try {
                for (Alert a : alerts) {
                    writer.write(new Incident(a, creatorNames.get(a.creatorId), comments.getOrDefault(a.id, List.of()),
                            history.getOrDefault(String.valueOf(a.id), List.of())));
                    rows[0]++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lastId = ids.get(ids.size() - 1);
            em.clear();
            if (ids.size() < BATCH) {
                return;
            }
        }
    }

    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }
}
