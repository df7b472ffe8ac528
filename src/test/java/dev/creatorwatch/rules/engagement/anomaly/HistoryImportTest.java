package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.engagement.anomaly.HistoryImport.ImportException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryImportTest {

    @Test
    void readsCsvWithAliasesBlanksAndUnsortedRows() {
        List<Observation> h = HistoryImport.parse("""
                Date,Followers,Follows,Media,notes
                2026-01-08,"10,100",300,102,launch week
                2026-01-01,10000,,100,
                """);
        assertThat(h).hasSize(2);
        assertThat(h.get(0).at()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(h.get(0).profile().following()).isNull();
        assertThat(h.get(1).profile().followers()).isEqualTo(10_100L);
        assertThat(h.get(1).profile().posts()).isEqualTo(102L);
    }

    @Test
    void readsJsonWithInstants() {
        List<Observation> h = HistoryImport.parse("""
                [{"date":"2026-01-02T10:00:00Z","followers":5000,"posts":3},
                 {"timestamp":"2026-01-01","followers":4900,"following":12,"unknown":{"x":1}}]""");
        assertThat(h).extracting(o -> o.profile().followers()).containsExactly(4900L, 5000L);
    }

    @Test
    void importedHistoryFeedsTheDetector() {
        StringBuilder csv = new StringBuilder("date,followers,posts\n");
        for (int d = 0; d < 6; d++) {
            csv.append(String.format("2026-01-%02d,%d,%d%n", 1 + 7 * d / 2, 10_000 + 50 * d, 100 + d));
        }
        AccountAnomalyDetector det = new AccountAnomalyDetector(AccountAnomalyDetector.Settings.defaults());
        for (Observation o : HistoryImport.parse(csv.toString())) {
            assertThat(det.update(AccountPoint.of(o))).isEmpty();
        }
        assertThat(det.update(new AccountPoint(Instant.parse("2026-01-20T00:00:00Z"), 14_000L, null, 106L, null)))
                .extracting(AnomalyEvent::kind).containsExactly(AnomalyKind.FOLLOWER_JUMP);
    }

    @Test
    void refusesBrokenAndHostileInput() {
        assertThatThrownBy(() -> HistoryImport.parse("")).isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> HistoryImport.parse("followers\n10")).isInstanceOf(ImportException.class)
                .hasMessageContaining("no date column");
        assertThatThrownBy(() -> HistoryImport.parse("date,followers\n2026-01-01,-5"))
                .isInstanceOf(ImportException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> HistoryImport.parse("date,followers\n2026-01-01,=cmd|' /C calc'!A0"))
                .isInstanceOf(ImportException.class).hasMessageContaining("whole non-negative");
        assertThatThrownBy(() -> HistoryImport.parse("date,followers\n2026-13-45,1"))
                .isInstanceOf(ImportException.class).hasMessageContaining("date: must be");
        assertThatThrownBy(() -> HistoryImport.parse("date,followers\n2026-01-01,99999999999999999999"))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> HistoryImport.parse("[" + "[".repeat(5000) + "]".repeat(5000) + "]"))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> HistoryImport.parse("[{\"followers\":1}]")).isInstanceOf(ImportException.class)
                .hasMessageContaining("date: is missing");
        assertThatThrownBy(() -> HistoryImport.parse("x".repeat(HistoryImport.MAX_CHARS + 1)))
                .isInstanceOf(ImportException.class).hasMessageContaining("larger");
        assertThatThrownBy(() -> HistoryImport.parse("date,followers\n\"2026-01-01,1")).isInstanceOf(ImportException.class);
    }

    @Test
    void reportsEveryBadLineAndSavesNothing() {
        ImportException e = org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class,
                () -> HistoryImport.read("""
                        date,followers,following,posts,engagement
                        2026-01-01,100,10,5,3.5
                        2026-01-01,101,10,5,3.5
                        2027-06-01,102,10,5,3.5
                        2026-01-03,-1,10,5,3.5
                        2026-01-04,100,10,5,abc
                        2026-01-05,9000000000,10,5,1
                        """, Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(e.errors()).extracting(HistoryImport.LineError::where, HistoryImport.LineError::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line 4", "date"),
                        org.assertj.core.groups.Tuple.tuple("line 5", "followers"),
                        org.assertj.core.groups.Tuple.tuple("line 6", "engagement"),
                        org.assertj.core.groups.Tuple.tuple("line 7", "followers"),
                        org.assertj.core.groups.Tuple.tuple("line 3", "date"));
        assertThat(e.errors().get(4).message()).contains("repeats the date of line 2");
        assertThat(e.tooLarge()).isFalse();
    }

    @Test
    void carriesImportedEngagementAsAPerPostMean() {
        List<HistoryImport.HistoryRow> rows = HistoryImport.read("date,followers,engagement\n2026-01-01,1000,42.4\n",
                Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(AccountPoint.of(rows.get(0).toObservation()).engagementPerPost()).isEqualTo(42.0);
    }

    @Test
    void aHistoryWithoutRowsIsRefused() {
        assertThatThrownBy(() -> HistoryImport.parse("date,followers\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("no rows");
        assertThatThrownBy(() -> HistoryImport.parse("date,followers\n\n\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("no rows");
        assertThatThrownBy(() -> HistoryImport.parse("[]")).isInstanceOf(ImportException.class)
                .hasMessageContaining("no rows");
    }
}
