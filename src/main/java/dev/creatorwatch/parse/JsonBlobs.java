package dev.creatorwatch.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON that pages embed (ld+json blocks, {@code window._sharedData = {...};}, rehydration blobs) with bounds:
 * blobs over {@link #MAX_BLOB_CHARS} are not read at all, nesting and string sizes are capped, and any malformed
 * input gives an empty result instead of an exception.
 */
public final class JsonBlobs {

    /** Real profile blobs are under 1 MB (YouTube's ytInitialData is ~0.5 MB); 4 MB leaves room without risk. */
    public static final int MAX_BLOB_CHARS = 4_000_000;

    /**
     * Lenient where real pages are sloppy: Bluesky's ld+json carries a raw newline inside a string, which strict JSON
     * forbids but every search engine accepts.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(400)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(100)
                    .build())
            .build());

    private JsonBlobs() {
    }

    /** The whole text as JSON; empty when too big or malformed. */
    public static Optional<JsonNode> parse(String json) {
        if (json == null || json.length() > MAX_BLOB_CHARS) {
            return Optional.empty();
        }
        return Optional.ofNullable(readAt(json, 0, null));
    }

    /**
     * The first JSON value after {@code marker} (e.g. {@code "var ytInitialData = "}), ignoring whatever trails it
     * (";</script>"), read from at most {@link #MAX_BLOB_CHARS} characters.
     */
    public static Optional<JsonNode> after(String text, String marker) {
        return after(text, marker, null);
    }

    /**
     * As {@link #after(String, String)}, keeping only object fields whose name is in {@code keep} (see
     * {@link Scan#values(String, int, Set)}).
     */
    public static Optional<JsonNode> after(String text, String marker, Set<String> keep) {
        if (text == null) {
            return Optional.empty();
        }
        int at = text.indexOf(marker);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(readAt(text, at + marker.length(), keep));
    }

    /** The value starting at {@code offset}, or null when malformed or absent. */
    private static JsonNode readAt(String text, int offset, Set<String> keep) {
        try (JsonParser parser = MAPPER.getFactory().createParser(new Slice(text, offset))) {
            JsonNode node;
            if (keep == null) {
                node = MAPPER.readTree(parser);
            } else {
                JsonToken first = parser.nextToken();
                node = first == null ? null : readKept(parser, first, keep);
            }
            return node == null || node instanceof MissingNode ? null : node;
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }

    /**
     * Builds the tree of the value at the parser's current token, keeping only object fields named in {@code keep}
     * (at any depth; array elements are always kept) and skipping the rest unbuilt. Building nodes is most of the
     * cost of reading a blob; a YouTube video entry is ~7 KB of JSON of which a profile needs its id, title and
     * view count. Numbers become the node types a full tree would hold.
     */
    private static JsonNode readKept(JsonParser p, JsonToken token, Set<String> keep) throws IOException {
        JsonNodeFactory nodes = MAPPER.getNodeFactory();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    JsonToken value = p.nextToken();
                    if (keep.contains(name)) {
                        object.set(name, readKept(p, value, keep));
                    } else {
                        p.skipChildren();
                    }
                }
                expect(p, JsonToken.END_OBJECT);
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken value = p.nextToken(); value != JsonToken.END_ARRAY; value = p.nextToken()) {
                    if (value == null) {
                        throw new JsonParseException(p, "unexpected end of input in an array");
                    }
                    array.add(readKept(p, value, keep));
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

    private static void expect(JsonParser p, JsonToken token) throws JsonParseException {
        if (p.currentToken() != token) {
            throw new JsonParseException(p, "expected " + token + " but found " + p.currentToken());
        }
    }

    /**
     * The text from an offset as a reader, capped at {@link #MAX_BLOB_CHARS}: the parser pulls only the few
     * kilobytes it reads instead of a copy of a half-megabyte script per value looked up.
     */
    private static final class Slice extends Reader {
        private final String text;
        private final int end;
        private int next;

        Slice(String text, int offset) {
            this.text = text;
            this.next = offset;
            this.end = (int) Math.min(text.length(), (long) offset + MAX_BLOB_CHARS);
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (next >= end) {
                return -1;
            }
            int n = Math.min(len, end - next);
            text.getChars(next, next + n, buffer, off);
            next += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release: the text belongs to the caller
        }
    }

    /**
     * A targeted scan of a big blob: finds keys by plain text search for {@code "key":} and parses only the value
     * after each hit. Safe on valid JSON because inside a string value a quote is always escaped, so that exact
     * sequence can only be a key. For half-megabyte blobs of which a profile needs a few kilobytes this is several
     * times cheaper than any full parse, streaming or not.
     */
    public static Scan scan(String text) {
        return new Scan(text == null ? "" : text);
    }

    /** See {@link #scan}. */
    public static final class Scan {
        private final String text;

        private Scan(String text) {
            this.text = text;
        }

        /** The value of the first occurrence of the key, or a missing node. */
        public JsonNode first(String key) {
            return first(key, null);
        }

        /** As {@link #first(String)}, keeping only the named fields (see {@link #values(String, int, Set)}). */
        public JsonNode first(String key, Set<String> keep) {
            List<JsonNode> values = values(key, 1, keep);
            return values.isEmpty() ? MissingNode.getInstance() : values.get(0);
        }

        /** The values of up to {@code max} occurrences of the key, in document order; malformed ones skipped. */
        public List<JsonNode> values(String key, int max) {
            return values(key, max, null);
        }

        /**
         * As {@link #values(String, int)}, but each value keeps only the object fields named in {@code keep}, at any
         * depth (null keeps everything). The set must name every field on the paths the caller reads: a field left
         * out reads as missing.
         */
        public List<JsonNode> values(String key, int max, Set<String> keep) {
            List<JsonNode> found = new ArrayList<>();
            if (max <= 0) {
                return found;
            }
            String needle = "\"" + key + "\":";
            int at = text.indexOf(needle);
            while (at >= 0 && found.size() < max) {
                int start = at + needle.length();
                JsonNode node = readAt(text, start, keep);
                if (node != null) {
                    found.add(node);
                }
                // a malformed value is skipped; the next occurrence may still be well-formed
                at = text.indexOf(needle, start);
            }
            return found;
        }
    }

    /** A non-blank text field, or null. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    /** A count given as a JSON number or a numeric string ("783427"), or null when absent or implausible. */
    public static Long count(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return CountText.ofNumber(node.asDouble()).orElse(null);
        }
        if (node.isTextual()) {
            return CountText.parse(node.asText()).orElse(null);
        }
        return null;
    }

    /** A boolean field, or null when absent or not a boolean. */
    public static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isBoolean() ? v.asBoolean() : null;
    }
}
