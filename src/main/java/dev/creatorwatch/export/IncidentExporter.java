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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Streams incidents in constant memory, the same way for every format: the matching alert ids are read in keyset
 * batches (id order) with the filter the alert list uses, {@link IncidentBatchReader} reads each batch's alerts,
 * tags, comments and history with plain JDBC (one query each), and the format's {@link IncidentWriter} writes them.
 * Batches are read ahead, two at a time, on threads of their own ({@link BatchPrefetcher}), so the database and the
 * writer work at the same time; nothing else is kept between batches. The export is recorded in the audit trail
 * afterwards (who, format, filters, rows, completed or not).
 */
@ApplicationScoped
public class IncidentExporter {

    static final int BATCH = 1000;
    /**
     * Batches read at the same time, each on its own connection: one reader left the database idle while it decoded
     * rows and the writer waiting while the database worked.
     */
    static final int READERS = 2;

    private final AuditTrail audit;
    private final DataSource dataSource;

    public IncidentExporter(AuditTrail audit, DataSource dataSource) {
        this.audit = audit;
        this.dataSource = dataSource;
    }

    /** Writes the matching incidents to {@code out}; returns the number of rows. */
    public long export(Actor actor, ExportFormat format, AlertQuery.Filter filter, OutputStream out)
            throws IOException {
        long rows = 0;
        boolean completed = false;
        try {
            OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            IncidentWriter writer = format.open(buffered);
            try (BatchPrefetcher<Incident> reader = new BatchPrefetcher<>("incident-export", READERS,
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
     * Pages through the matching alert ids on the producer thread, in its own read-only transaction (a long one: the
     * timeout must allow for millions of rows), and gives each page's incidents to the readers. Each reader reads
     * its batch on a pooled connection outside any transaction, statement by statement, as the single-transaction
     * export did at read committed: an incident changed meanwhile shows as it is when its batch is read.
     */
    private void read(AlertQuery.Filter filter, BatchPrefetcher.Sink<Incident> sink) {
        EntityManager em = Panache.getEntityManager();
        StringBuilder base = new StringBuilder("select a.id from Alert a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        AlertQuery.where(filter, base, params);
        String q = base + " and a.id > :lastId order by a.id";
        CreatorNames creatorNames = new CreatorNames();
        long lastId = Long.MIN_VALUE;
        while (true) {
            TypedQuery<Long> idQuery = em.createQuery(q, Long.class);
            params.forEach(idQuery::setParameter);
            List<Long> ids = idQuery.setParameter("lastId", lastId).setMaxResults(BATCH).getResultList();
            if (ids.isEmpty() || !sink.accept(() -> readBatch(ids, creatorNames)) || ids.size() < BATCH) {
                return;
            }
            lastId = ids.get(ids.size() - 1);
        }
    }

    private List<Incident> readBatch(List<Long> ids, CreatorNames creatorNames) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return IncidentBatchReader.read(c, ids, creatorNames);
        }
    }
}
