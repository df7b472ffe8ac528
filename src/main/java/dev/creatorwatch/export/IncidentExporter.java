package dev.creatorwatch.export;

import dev.creatorwatch.alert.AlertQuery;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.audit.AuditTrail;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Streams incidents in constant memory, the same way for every format: the matching alert ids are read in keyset
 * batches (id order) with the filter the alert list uses, {@link IncidentBatchReader} reads each batch's alerts,
 * tags, comments and history with plain JDBC (one query each), and the format's {@link IncidentWriter} writes them.
 * Nothing is kept between batches. The export is recorded in the audit trail afterwards (who, format, filters, rows,
 * completed or not).
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
            OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            IncidentWriter writer = format.open(buffered);
            // A long read-only transaction; the timeout must allow for millions of rows.
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> stream(filter, writer, rows));
            writer.finish();
            buffered.flush();
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
        Session session = em.unwrap(Session.class);
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
            List<Incident> incidents = session.doReturningWork(c -> IncidentBatchReader.read(c, ids));
            try {
                for (Incident incident : incidents) {
                    writer.write(incident);
                    rows[0]++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lastId = ids.get(ids.size() - 1);
            if (ids.size() < BATCH) {
                return;
            }
        }
    }
}
