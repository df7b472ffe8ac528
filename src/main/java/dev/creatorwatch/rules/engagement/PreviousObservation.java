package dev.creatorwatch.rules.engagement;

import dev.creatorwatch.rules.Observation;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a rule compared the new snapshot with, as evidence and in words: one of our scans, or a point of history
 * someone imported. An imported count is a figure from someone's export, not something we read, and whoever acts on
 * an alert (or doubts it) needs to know which of the two the earlier number was and where to look it up.
 */
public final class PreviousObservation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PreviousObservation() {
    }

    /**
     * {@code previousAt} and {@code previousSource} ({@code snapshot} or {@code imported}), then the snapshot id, or
     * the import's id and time.
     */
    public static Map<String, Object> evidence(Observation previous) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("previousAt", previous.at().toString());
        e.put("previousSource", previous.isImported() ? "imported" : "snapshot");
        if (previous.isImported()) {
            e.put("previousImportId", previous.imported().importId());
            e.put("previousImportedAt", previous.imported().importedAt().toString());
        } else if (previous.snapshotId() != null) {
            e.put("previousSnapshotId", previous.snapshotId());
        }
        return e;
    }

    /**
     * Where an imported earlier value comes from, to follow the number in a reason ("for 6 Dec 2026 in the history
     * imported on 7 Dec 2026"); empty for a scan of ours, which needs no saying.
     */
    public static String origin(Observation previous) {
        if (!previous.isImported()) {
            return "";
        }
        return "for " + DAY.format(previous.at()) + " in the history imported on "
                + DAY.format(previous.imported().importedAt());
    }
}
