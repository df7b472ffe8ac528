package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The anchored search must find exactly what {@code String.indexOf} finds, on Latin-1 and on UTF-16 texts. */
class TextSearchTest {

    @Test
    void findsWhatTheJdkFindsOnRandomTextsOfBothEncodings() {
        Random random = new Random(20261207);
        String alphabet = "\"{}:,abcR4V-";
        for (int round = 0; round < 300; round++) {
            boolean utf16 = round % 2 == 0;
            StringBuilder sb = new StringBuilder();
            int length = round < 150 ? 20_000 + random.nextInt(5_000) : random.nextInt(200);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (utf16) {
                sb.insert(random.nextInt(sb.length() + 1), "\uD83D\uDE00日本");
            }
            String text = sb.toString();
            String marker = "\"" + text.substring(random.nextInt(Math.max(1, text.length() - 6)))
                    .substring(0, Math.min(4, Math.max(0, text.length() - 1))) + "\":";
            for (int from : new int[] {-3, 0, 1, text.length() / 2, text.length() - 2, text.length(),
                    text.length() + 5}) {
                assertThat(TextSearch.indexOf(text, marker, from)).as("marker %s from %d", marker, from)
                        .isEqualTo(text.indexOf(marker, from));
            }
        }
    }

    @Test
    void findsEveryOccurrenceInOrderAndHandlesEdges() {
        String text = "x".repeat(20_000) + "\"videoRenderer\":1,\"gridVideoRenderer\":2,\"videoRenderer\":3 日本";
        TextSearch.Marker marker = TextSearch.in(text, "\"videoRenderer\":");
        int first = marker.indexOf(text, 0);
        int second = marker.indexOf(text, first + 1);
        assertThat(first).isEqualTo(text.indexOf("\"videoRenderer\":"));
        assertThat(second).isEqualTo(text.lastIndexOf("\"videoRenderer\":"));
        assertThat(marker.indexOf(text, second + 1)).isEqualTo(-1);
        assertThat(TextSearch.indexOf(text, "", 7)).isEqualTo(7);
        assertThat(TextSearch.contains(text, "3 日本")).isTrue();
        assertThat(TextSearch.contains(text, "\"absent\":")).isFalse();
        assertThat(TextSearch.contains("short", "or")).isTrue();
    }

    @Test
    void anchorsOnTheMarkersRarestCharacter() {
        String json = "{\"aaa\":\"bbb\",\"ccc\":\"ddd\"}".repeat(500);
        assertThat(TextSearch.rarestIndex(json, "\"cXd\":")).isEqualTo(2);
        // many of its characters never occur in this text: the last of those wins the tie
        assertThat(TextSearch.rarestIndex(json, "\"c4TabbedHeaderRenderer\":")).isEqualTo(22);
    }
}
