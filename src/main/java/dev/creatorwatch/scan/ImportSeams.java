package dev.creatorwatch.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which scanned snapshots an import put a new earlier observation right before, found the way the rules' history
 * merges scans and imported points (see {@link RuleContexts}): a snapshot's earlier observation is the newest scan
 * or imported point before it, and an imported point at the instant of a scan gives way to the scan.
 */
final class ImportSeams {

    /** A good snapshot: its id and when it was taken. */
    record Scanned(long id, Instant at) {
    }

    private ImportSeams() {
    }

    /**
     * @param scanned  the account's good snapshots from the import's oldest point on, oldest first
     * @param imported the import of each imported point from the import's oldest point on, by the point's date
     * @return the ids of the snapshots whose earlier observation is a point of {@code importId}, oldest first
     */
    static List<Long> of(List<Scanned> scanned, NavigableMap<Instant, String> imported, String importId) {
        NavigableMap<Instant, String> points = new TreeMap<>(imported);
        scanned.forEach(s -> points.remove(s.at()));
        List<Long> seams = new ArrayList<>();
        Instant previousScan = null;
        for (Scanned s : scanned) {
            Map.Entry<Instant, String> point = points.lowerEntry(s.at());
            if (point != null && point.getValue().equals(importId)
                    && (previousScan == null || point.getKey().isAfter(previousScan))) {
                seams.add(s.id());
            }
            previousScan = s.at();
        }
        return seams;
    }
}
