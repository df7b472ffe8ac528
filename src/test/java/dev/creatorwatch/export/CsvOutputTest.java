package dev.creatorwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvOutputTest {

    @Test
    void formulaPrefixesAreNeutralizedAndTheRestIsVerbatim() throws IOException {
        assertThat(row("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "a=b <script>", "", null))
                .isEqualTo("'=1+1,'+1,'-2,'@SUM(A1),\"'\tx\",\"'\rx\",a=b <script>,,\r\n");
    }

    @Test
    void cellsWithSeparatorsQuotesBreaksOrOuterSpaceAreQuoted() throws IOException {
        assertThat(row("a,b", "say \"hi\"", "two\nlines", " padded", "plain 新作"))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",plain 新作\r\n");
    }

    @Test
    void cellsLargerThanTheBufferRoundTrip() throws IOException {
        String big = "=\"quoted\", 新作\n".repeat(20_000);
        String plain = "x".repeat(200_000);
        String csv = row(big, plain, "after");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
            CSVRecord record = parser.getRecords().get(0);
            assertThat(record.get(0)).isEqualTo("'" + big);
            assertThat(record.get(1)).isEqualTo(plain);
            assertThat(record.get(2)).isEqualTo("after");
        }
    }

    @Test
    void streamedCellsAreQuotedWithTheirQuotesDoubledAtAnySize() throws IOException {
        String json = "[{\"text\":\"say \\\"hi\\\", 新作\"}]";
        String quotes = "\"".repeat(100_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvOutput csv = new CsvOutput(bytes);
        csv.cell("first");
        for (String text : List.of(json, quotes, "")) {
            csv.startQuotedCell();
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            csv.quotedText().write(utf8, 0, utf8.length);
            csv.endQuotedCell();
        }
        csv.endRow();
        csv.flush();
        try (CSVParser parser = CSVParser.parse(new StringReader(bytes.toString(StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT)) {
            assertThat(parser.getRecords().get(0).toList()).containsExactly("first", json, quotes, "");
        }
    }

    @Test
    void numbersAreWrittenAsDigits() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvOutput csv = new CsvOutput(bytes);
        csv.cell(42);
        csv.cell(Long.MAX_VALUE);
        csv.endRow();
        csv.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("42," + Long.MAX_VALUE + "\r\n");
    }

    @Test
    void aCsvParserReadsBackEveryCellOnRandomText() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "ab ,\"\n\r=+-@\t'新作😀;{}";
        for (int k = 0; k < 2000; k++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0, n = 1 + random.nextInt(5); c < n; c++) {
                StringBuilder s = new StringBuilder();
                for (int i = 0, len = 1 + random.nextInt(12); i < len; i++) {
                    s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                cells.add(s.toString());
            }
            String csv = row(cells.toArray(new String[0]));
            try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
                CSVRecord record = parser.getRecords().get(0);
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c);
                    String expected = CsvCells.startsFormula(cell.getBytes(StandardCharsets.UTF_8)[0]) ? "'" + cell : cell;
                    assertThat(record.get(c)).as("cell %d of %s", c, csv).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void longCellsAreQuotedExactlyWhenTheyHoldATriggerAnywhere() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 3000; k++) {
            // Runs of plain text with at most one trigger, anywhere: the cell is quoted exactly when it holds one.
            int len = 2 + random.nextInt(70);
            char[] text = new char[len];
            for (int i = 0; i < len; i++) {
                text[i] = (char) ('a' + random.nextInt(26));
            }
            char trigger = ",\"\n\r".charAt(random.nextInt(4));
            boolean withTrigger = random.nextBoolean();
            if (withTrigger) {
                text[1 + random.nextInt(len - 1)] = trigger;
            }
            String cell = new String(text);
            String csv = row(cell, "z");
            assertThat(csv.startsWith("\"")).as(cell).isEqualTo(withTrigger);
            try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
                assertThat(parser.getRecords().get(0).toList()).as(cell).containsExactly(cell, "z");
            }
        }
    }

    /** One row of the given cells (null for an empty one), as text. */
    private static String row(String... cells) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvOutput csv = new CsvOutput(bytes);
        for (String cell : cells) {
            csv.cell(cell);
        }
        csv.endRow();
        csv.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
