package dev.creatorwatch.history;

import dev.creatorwatch.rules.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imported history as rules see it: merged with the fetched history so the anomaly detector and every other rule
 * start from the imported past instead of blind. Imported observations carry no snapshot id.
 */
@ApplicationScoped
public class ImportedHistory {

    /** Imported points of an account strictly before {@code before}, newest first. */
    public List<ImportedHistoryPoint> before(Long accountId, Instant before, int limit) {
        return ImportedHistoryPoint.<ImportedHistoryPoint>find(
                "accountId = ?1 and observedAt < ?2 order by observedAt desc", accountId, before).page(0, limit).list();
    }

    /**
     * {@code fetched} (newest first) with the imported points before {@code currentAt} merged in, newest first, at
     * most {@code limit}. A fetched snapshot wins over an imported point at the same instant.
     */
    public List<Observation> merge(Long accountId, Instant currentAt, List<Observation> fetched, int limit) {
        List<ImportedHistoryPoint> imported = before(accountId, currentAt, limit);
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
}
