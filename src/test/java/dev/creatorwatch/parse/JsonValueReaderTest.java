package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written reader against a reference: the Jackson-based reading {@link JsonBlobs} did before it (same
 * leniencies and limits, kept fields built, the rest skipped). Both must agree on every input, well-formed or not:
 * edge cases by hand, every JSON blob of the real saved pages, and seeded random damage to those blobs.
 */
class JsonValueReaderTest {

    private static final ObjectMapper REFERENCE = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(400).maxStringLength(1_000_000).maxNumberLength(100).build())
            .build());

    private static final Set<String> KEEP = Set.of("a", "b", "title", "simpleText", "runs", "text", "videoId",
            "name", "@type", "userInteractionCount", "interactionStatistic", "user", "stats", "statsV2");

    @ParameterizedTest
    @ValueSource(strings = {
            "{}", "[]", "{\"a\":1}", "{\"a\":1,}", "[1,2,]", "[,]", "{,}", "[1,,2]", "{\"a\":1,,}", "{\"a\" 1}",
            "[1 2]", "{\"a\":[1,{\"b\":true}],\"c\":{\"d\":null}}", "  {\"a\":\"x\"}  trailing", "\"text\"", "123",
            "123,", "123 ", "-0", "-", "01", "-01", "1.", "1.5", ".5", "1e5", "1E+5", "1e", "1e-", "+1", "2147483647",
            "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "123456789012345678901234567890", "1e400", "true", "truex", "true1", "true,",
            "[true]", "[truex]", "nul", "null", "[null,false]", "NaN", "'a'", "{'a':1}", "{a:1}", "\"a\\u0041b\"",
            "\"a\\x\"", "\"a\\u00zz\"", "\"\\ud83d\\ude00\"", "\"raw\ttab\nnewline\"", "[1]]", "[1}", "{\"a\":1]",
            "// comment\n{}", "{} // after", "\u0001{}", "{\"a\":\u0001 1}", "[\"unterminated", "{\"a\":",
            "[1.0, 2.50, -3e-2]", "{\"a\":1,\"a\":2}", "{\"b\":{\"a\":{\"zz\":1,\"a\":[{\"a\":1,\"q\":2}]}}}",
            "{\"skip\":{\"x\":[1,2,{\"y\":\"\\q\"}]},\"a\":1}", "{\"skip\":[01],\"a\":1}", "{\"skip\":tru,\"a\":1}",
            "", "   ", "{\"a\":1}\u0000", "[1e5x]", "[-]", "[1.e5]", "\ufeff{}"})
    void agreesOnEdgeCases(String json) {
        assertAgree(json, 0);
    }

    @Test
    void agreesOnDeepNestingAroundTheLimit() {
        for (int depth : new int[] {399, 400, 401, 5_000}) {
            assertAgree("[".repeat(depth) + "]".repeat(depth), 0);
            assertAgree("{\"a\":".repeat(depth) + "1" + "}".repeat(depth), 0);
        }
    }

    @Test
    void agreesOnLongNumbersAndStrings() {
        assertAgree("[" + "9".repeat(100) + "]", 0);
        assertAgree("[" + "9".repeat(101) + "]", 0);
        assertAgree("{\"skip\":" + "9".repeat(101) + ",\"a\":1}", 0);
        assertAgree("[1." + "5".repeat(120) + "]", 0);
        assertAgree("{\"a\":\"" + "x".repeat(1_000_001) + "\"}", 0);
    }

    @Test
    void agreesOnEveryBlobOfTheSavedPagesAndOnDamagedCopies() {
        List<String> blobs = blobs();
        assertThat(blobs).as("saved pages with JSON").isNotEmpty();
        Random random = new Random(20261207);
        for (String blob : blobs) {
            assertAgree(blob, 0);
            for (int i = 0; i < 20; i++) {
                assertAgree(damage(blob, random), 0);
            }
        }
    }

    /** JSON texts from the pages: ld+json blocks and the values of the keys the platform sources scan for. */
    private static List<String> blobs() {
        List<String> blobs = new ArrayList<>();
        List<SavedPages.SavedPage> pages = new ArrayList<>(SavedPages.fixturePages());
        pages.addAll(SavedPages.sharedPages());
        for (SavedPages.SavedPage page : pages) {
            String html = page.html();
            if (html.startsWith("{")) {
                blobs.add(html);
            }
            for (String marker : new String[] {"application/ld+json\">", "application/ld+json\" >",
                    "\"gridVideoRenderer\":", "\"c4TabbedHeaderRenderer\":", "\"webapp.user-detail\":",
                    "window._sharedData = "}) {
                for (int at = html.indexOf(marker), n = 0; at >= 0 && n < 3; at = html.indexOf(marker, at + 1), n++) {
                    int start = at + marker.length();
                    int stop = Math.min(html.length(), start + 20_000);
                    int script = html.indexOf("</script>", start);
                    blobs.add(html.substring(start, script > start && script < stop ? script : stop));
                }
            }
        }
        return blobs;
    }

    /** One random change: a character dropped, doubled or replaced by a JSON-significant one. */
    private static String damage(String s, Random random) {
        if (s.isEmpty()) {
            return s;
        }
        int at = random.nextInt(s.length());
        String significant = "{}[],:\"\\0-.eE+ tnf\u0001x";
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, at) + s.substring(at + 1);
            case 1 -> s.substring(0, at) + s.charAt(at) + s.substring(at);
            default -> s.substring(0, at) + significant.charAt(random.nextInt(significant.length()))
                    + s.substring(at + 1);
        };
    }

    private static void assertAgree(String json, int offset) {
        String shown = json.length() > 200 ? json.substring(0, 200) + "..." : json;
        assertThat(JsonValueReader.read(json, offset, json.length(), null)).as("all fields of: " + shown)
                .isEqualTo(reference(json, offset, null));
        assertThat(JsonValueReader.read(json, offset, json.length(), KEEP)).as("kept fields of: " + shown)
                .isEqualTo(reference(json, offset, KEEP));
    }

    /** What JsonBlobs read before: Jackson's tree, or only the kept fields with the rest skipped by the parser. */
    private static JsonNode reference(String json, int offset, Set<String> keep) {
        try (JsonParser parser = REFERENCE.getFactory().createParser(new StringReader(json.substring(offset)))) {
            JsonNode node;
            if (keep == null) {
                node = REFERENCE.readTree(parser);
            } else {
                JsonToken first = parser.nextToken();
                node = first == null ? null : referenceKept(parser, first, keep);
            }
            return node == null || node instanceof MissingNode ? null : node;
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }

    private static JsonNode referenceKept(JsonParser p, JsonToken token, Set<String> keep) throws IOException {
        JsonNodeFactory nodes = REFERENCE.getNodeFactory();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    JsonToken value = p.nextToken();
                    if (keep.contains(name)) {
                        object.set(name, referenceKept(p, value, keep));
                    } else {
                        p.skipChildren();
                    }
                }
                if (p.currentToken() != JsonToken.END_OBJECT) {
                    throw new JsonParseException(p, "expected the end of an object");
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken value = p.nextToken(); value != JsonToken.END_ARRAY; value = p.nextToken()) {
                    if (value == null) {
                        throw new JsonParseException(p, "unexpected end of input in an array");
                    }
                    array.add(referenceKept(p, value, keep));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected token " + token);
        }
    }
}
