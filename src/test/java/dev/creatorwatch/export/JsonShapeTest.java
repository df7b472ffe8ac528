package dev.creatorwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.creatorwatch.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    static final List<String> COMPACT = List.of("{}", "[]", "0", "-0", "1.5e-3", "-12.50E+7", "true", "false", "null",
            "\"\"", "\"a b\\\"c\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"", "{\"a\":[1,{\"b\":null},[]],\"c\":\"}\"}",
            "[\"新作コスメ #PR\",\"=HYPERLINK()\"]", "{\"a\":1,\"a\":2}");
    static final List<String> SPACED = List.of(" {}", "{} ", "{\"followers\": 1000}", "[1,\n2]", "{\r\n\"a\"\t:1}",
            "[ ]", "{ }");
    static final List<String> NOT_JSON = List.of("", " ", "{", "}", "[1,]", "{\"a\":1,}", "{,}", "{\"a\"}",
            "{\"a\" 1}", "{a:1}", "{'a':1}", "01", "-", "1.", ".5", "1e", "+1", "NaN", "tru", "nul", "True",
            "\"unterminated", "\"raw\nline\"", "\"bad \\x escape\"", "\"\\u12G4\"", "\"\\u１２３４\"", "{} {}", "1 2",
            "[1]]", "[[1]", "{\"a\":1}}", "// comment\n{}", "{\"a\":1 /* c */}", "[1,2 3]", "\"a\"\"b\"");

    @Test
    void compactSpacedAndBrokenTextAreTold() {
        COMPACT.forEach(s -> assertThat(shape(s)).as(s).isEqualTo(JsonShape.COMPACT));
        SPACED.forEach(s -> assertThat(shape(s)).as(s).isEqualTo(JsonShape.SPACED));
        NOT_JSON.forEach(s -> assertThat(shape(s)).as(s).isEqualTo(JsonShape.NOT_JSON));
    }

    @Test
    void acceptsExactlyWhatJacksonReadsAsOneValue() {
        for (List<String> samples : List.of(COMPACT, SPACED, NOT_JSON)) {
            for (String s : samples) {
                assertThat(shape(s) != JsonShape.NOT_JSON).as(s).isEqualTo(jacksonReadsOneValue(s));
            }
        }
    }

    @Test
    void nestingStopsWhereJacksonsDoes() {
        String deepest = "[".repeat(JsonShape.MAX_DEPTH) + "]".repeat(JsonShape.MAX_DEPTH);
        String tooDeep = "[" + deepest + "]";
        assertThat(shape(deepest)).isEqualTo(JsonShape.COMPACT);
        assertThat(shape(tooDeep)).isEqualTo(JsonShape.NOT_JSON);
        assertThat(jacksonReadsOneValue(deepest)).isTrue();
        assertThat(jacksonReadsOneValue(tooDeep)).isFalse();
    }

    /** The shape of the text's UTF-8 bytes, as the export sees a stored column. */
    private static JsonShape shape(String text) {
        return JsonShape.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean jacksonReadsOneValue(String text) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }
}
