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
 * Reading runs one or two batches ahead on its own thread ({@link BatchPrefetcher}), so the database and the writer
 * work at the same time; nothing else is kept between batches. The export is recorded in the audit trail afterwards (who, format, filters, rows,
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
        long rows = 0;
        boolean completed = false;
        try {
            OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            IncidentWriter writer = format.open(buffered);
            try (BatchPrefetcher<Incident> reader = new BatchPrefetcher<>("incident-export-reader",
                    sink -> QuarkusTransaction.requiringNew().timeout(3600).run(() -> read(filter, sink)))) {
                for (List<Incident> batch = reader.next(); batch != null; batch = reader.next()) {
                    for (Incident incident : batch) {
                        writer.write(incident);
                        rows++;
                    }
                }
            }
            writer.finish();
            buffered.flush();
            completed = true;
        } finally {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("format", format);
            after.put("filters", filter.describe());
            after.put("rows", rows);
            after.put("completed", completed);
            QuarkusTransaction.requiringNew().run(() -> audit.record(actor, "export", UUID.randomUUID(), "exported",
                    null, after));
        }
        return rows;
    }

    /**
     * Reads the matching incidents batch by batch into the sink, on the prefetch thread in its own read-only
     * transaction (a long one: the timeout must allow for millions of rows).
     */
    private void read(AlertQuery.Filter filter, BatchPrefetcher.Sink<Incident> sink) {
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
            if (ids.isEmpty() || !sink.accept(session.doReturningWork(c -> IncidentBatchReader.read(c, ids)))
                    || ids.size() < BATCH) {
                return;
            }
            lastId = ids.get(ids.size() - 1);
        }
    }
}
