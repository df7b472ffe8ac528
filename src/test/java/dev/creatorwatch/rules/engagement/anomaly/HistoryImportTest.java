package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.engagement.anomaly.HistoryImport.HistoryRow;
import dev.creatorwatch.rules.engagement.anomaly.HistoryImport.ImportException;
import dev.creatorwatch.rules.engagement.anomaly.HistoryImport.LineError;
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

    static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void countsAreWholeNumbersAsWrittenNeverGuessedAt() {
        List<HistoryRow> ok = HistoryImport.read("date,followers,following\n2026-01-01,12000,\"1,234\"\n"
                + "2026-01-02,\"12,000,000\",007\n", NOW);
        assertThat(ok).extracting(HistoryRow::followers).containsExactly(12_000L, 12_000_000L);
        assertThat(ok).extracting(HistoryRow::following).containsExactly(1_234L, 7L);

        String digitsOnly = " is not a whole number; write digits only, with commas only between groups of three "
                + "(12000 or 12,000)";
        ImportException e = catchThrowableOfType(ImportException.class, () -> HistoryImport.read("""
                date,followers
                2026-01-01,12.000
                2026-01-02,"1,5"
                2026-01-03,"1,2,3,4"
                2026-01-04,12000.0
                2026-01-05,"12,00"
                2026-01-06,1_000
                2026-01-07,99999999999999999999
                """, NOW));
        assertThat(e.errors()).extracting(LineError::where, LineError::field, LineError::message).containsExactly(
                tuple("line 2", "followers", "\"12.000\" is not a whole number; write 12000"),
                tuple("line 3", "followers", "\"1,5\"" + digitsOnly),
                tuple("line 4", "followers", "\"1,2,3,4\"" + digitsOnly),
                tuple("line 5", "followers", "\"12000.0\" is not a whole number; write 12000"),
                tuple("line 6", "followers", "\"12,00\"" + digitsOnly),
                tuple("line 7", "followers", "\"1_000\" is not a whole number; write 1000"),
                tuple("line 8", "followers", "is implausibly large (\"99999999999999999999\" > 5000000000)"));
        assertThat(e).hasMessageStartingWith("line 2 followers: \"12.000\" is not a whole number; write 12000");
    }

    @Test
    void jsonValuesAreEchoedAsWritten() {
        assertThatThrownBy(() -> HistoryImport.parse(
                        "[{\"date\": \"2026-01-01\", \"followers\": 4999999999.999999}]"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("\"4999999999.999999\" is not a whole number")
                .hasMessageNotContaining("E9");
        assertThat(HistoryImport.parse("[{\"date\": \"2026-01-01\", \"followers\": \"12,000\", \"posts\": 12}]"))
                .extracting(o -> o.profile().followers()).containsExactly(12_000L);
    }

    @Test
    void aColumnOrFieldGivenTwiceIsRefusedNotOverwritten() {
        assertThatThrownBy(() -> HistoryImport.parse("date,followers,followers\n2026-01-01,100,200\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("the header has two columns for followers (\"followers\" and \"followers\")");
        assertThatThrownBy(() -> HistoryImport.parse("date,Followers,follower_count\n2026-01-01,100,200\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("two columns for followers");
        ImportException e = catchThrowableOfType(ImportException.class, () -> HistoryImport.parse(
                "[{\"date\": \"2026-01-01\", \"followers\": 100, \"followers\": 200}]"));
        assertThat(e.errors()).extracting(LineError::where, LineError::field).containsExactly(tuple("item 1",
                "followers"));
        assertThat(e.errors().get(0).message()).contains("given twice");
    }

    @Test
    void nothingMayFollowTheJsonArray() {
        String row = "{\"date\": \"2026-01-01\", \"followers\": 100}";
        assertThatThrownBy(() -> HistoryImport.parse("[" + row + "],[" + row + "]"))
                .isInstanceOf(ImportException.class).hasMessageContaining("there is more after the JSON array");
        assertThatThrownBy(() -> HistoryImport.parse("[" + row + "]\n junk"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("there is more after the JSON array (from line 1");
        assertThat(HistoryImport.parse("[" + row + "]\n\n")).hasSize(1);
    }

    @Test
    void errorsNameThePhysicalLineTheRowStartsOn() {
        ImportException e = catchThrowableOfType(ImportException.class, () -> HistoryImport.read(
                "\n\ndate,followers,notes\n"          // lines 1-3: the header after two blank lines
                        + "2026-01-01,100,\"two\nlines\"\n" // lines 4-5
                        + "\n"                            // line 6
                        + "2026-01-02,-1,x\r\n"            // line 7
                        + "2026-01-03,abc,\"a\nb\nc\"\n"     // lines 8-10
                        + "2026-01-04,bad\n", NOW));       // line 11
        assertThat(e.errors()).extracting(LineError::where).containsExactly("line 7", "line 8", "line 11");
    }

    @Test
    void unreadableFilesAreExplainedInWordsWithTheirLine() {
        ImportException e = catchThrowableOfType(ImportException.class, () -> HistoryImport.parse(
                "date,followers\n2026-01-01,1\n\n2026-01-02,\"open\n\nnever closed\n"));
        assertThat(e.errors()).extracting(LineError::where).containsExactly("line 4");
        assertThat(e).hasMessageContaining("a quoted cell is never closed")
                .hasMessageNotContaining("org.apache").hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> HistoryImport.parse("[{\"date\": \"2026-01-01\", \"followers\": 1}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("the text ends before the JSON is complete")
                .hasMessageNotContaining("`").hasMessageNotContaining("Source");
        assertThatThrownBy(() -> HistoryImport.parse("[{\"date\": \"2026-01-01\" \"followers\": 1}]"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not valid JSON at line 1, column");
        // A long bad value is echoed far enough to recognise it (100 characters); the words around it are never cut.
        String value = "x".repeat(60) + "y".repeat(60);
        assertThatThrownBy(() -> HistoryImport.parse("date,followers\n2026-01-01," + value + "\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("x".repeat(60) + "y".repeat(40) + "...\"")
                .hasMessageStartingWith("line 2 followers: must be a whole non-negative number");
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
