package dev.creatorwatch.history;

import dev.creatorwatch.rules.Observation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Imported history as rules see it: merged with the fetched history so the anomaly detector and every other rule
 * start from the imported past instead of blind. Imported observations carry no snapshot id and name their import.
 */
@ApplicationScoped
public class ImportedHistory {

    /**
     * Imported points of an account strictly before {@code before}, newest first, leaving out those of import
     * {@code leaveOut} (null leaves out none).
     */
    public List<ImportedHistoryPoint> before(Long accountId, Instant before, int limit, String leaveOut) {
        PanacheQuery<ImportedHistoryPoint> q = leaveOut == null
                ? ImportedHistoryPoint.find("accountId = ?1 and observedAt < ?2 order by observedAt desc", accountId,
                        before)
                : ImportedHistoryPoint.find("accountId = ?1 and observedAt < ?2 and importId <> ?3 "
                        + "order by observedAt desc", accountId, before, leaveOut);
        return q.page(0, limit).list();
    }

    /**
     * {@code fetched} (newest first) with the imported points before {@code currentAt} merged in, newest first, at
     * most {@code limit}; the points of import {@code leaveOut} are left out (null leaves out none). A fetched
     * snapshot wins over an imported point at the same instant.
     */
    public List<Observation> merge(Long accountId, Instant currentAt, List<Observation> fetched, int limit,
            String leaveOut) {
        List<ImportedHistoryPoint> imported = before(accountId, currentAt, limit, leaveOut);
        if (imported.isEmpty()) {
            return fetched;
        }
        List<Observation> all = new ArrayList<>(fetched);
        for (ImportedHistoryPoint p : imported) {
            if (fetched.stream().noneMatch(o -> p.observedAt.equals(o.at()))) {
                all.add(p.toObservation());
            }
        }
        all.sort(Comparator.comparing(Observation::at).reversed());
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** The import each imported point of the account from {@code from} on came from, by the point's date. */
    public NavigableMap<Instant, String> importIdsFrom(Long accountId, Instant from) {
        NavigableMap<Instant, String> ids = new TreeMap<>();
        ImportedHistoryPoint.getEntityManager().createQuery("select p.observedAt, p.importId "
                        + "from ImportedHistoryPoint p where p.accountId = :account and p.observedAt >= :from",
                        Object[].class)
                .setParameter("account", accountId).setParameter("from", from).getResultStream()
                .forEach(row -> ids.put((Instant) row[0], (String) row[1]));
        return ids;
    }
}
