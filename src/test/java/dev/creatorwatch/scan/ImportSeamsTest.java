package dev.creatorwatch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ImportSeamsTest {

    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    static Instant day(int d) {
        return T0.plusSeconds(86_400L * d);
    }

    static ImportSeams.Scanned scan(long id, int d) {
        return new ImportSeams.Scanned(id, day(d));
    }

    /** Points of import {@code id} on the given days. */
    static NavigableMap<Instant, String> points(String id, int... days) {
        NavigableMap<Instant, String> m = new TreeMap<>();
        for (int d : days) {
            m.put(day(d), id);
        }
        return m;
    }

    @Test
    void theFirstScanAfterTheImportedPastIsTheSeamAndTheScansAfterItAreNot() {
        assertThat(ImportSeams.of(List.of(scan(1, 31), scan(2, 32)), points("imp", 1, 2, 30), "imp"))
                .containsExactly(1L);
    }

    @Test
    void anImportBeforeAnyScanHasNoSeam() {
        assertThat(ImportSeams.of(List.of(), points("imp", 1, 2, 30), "imp")).isEmpty();
    }

    @Test
    void pointsBetweenScansMakeEveryScanAfterOneASeam() {
        assertThat(ImportSeams.of(List.of(scan(1, 2), scan(2, 4), scan(3, 5), scan(4, 7)), points("imp", 1, 3, 6),
                "imp")).containsExactly(1L, 2L, 4L);
    }

    @Test
    void aPointAtTheInstantOfAScanGivesWayToTheScan() {
        assertThat(ImportSeams.of(List.of(scan(1, 2), scan(2, 3)), points("imp", 2, 3), "imp")).isEmpty();
        assertThat(ImportSeams.of(List.of(scan(1, 2)), points("imp", 1, 2), "imp")).containsExactly(1L);
    }

    @Test
    void aNewerPointOfAnotherImportIsWhatTheScanFollows() {
        NavigableMap<Instant, String> imported = points("imp", 1, 2);
        imported.putAll(points("earlier-import", 3));
        assertThat(ImportSeams.of(List.of(scan(1, 4)), imported, "imp")).isEmpty();
        assertThat(ImportSeams.of(List.of(scan(1, 4)), imported, "earlier-import")).containsExactly(1L);
    }
}
