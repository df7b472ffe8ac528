package dev.creatorwatch.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        return parseAt(json, 0);
    }

    /**
     * The first JSON value after {@code marker} (e.g. {@code "var ytInitialData = "}), ignoring whatever trails it
     * (";</script>"), read from at most {@link #MAX_BLOB_CHARS} characters.
     */
    public static Optional<JsonNode> after(String text, String marker) {
        if (text == null) {
            return Optional.empty();
        }
        int at = text.indexOf(marker);
        if (at < 0) {
            return Optional.empty();
        }
        return parseAt(text, at + marker.length());
    }

    private static Optional<JsonNode> parseAt(String text, int offset) {
        int length = Math.min(text.length() - offset, MAX_BLOB_CHARS);
        char[] chars = new char[length];
        text.getChars(offset, offset + length, chars, 0);
        try (JsonParser parser = MAPPER.getFactory().createParser(chars, 0, length)) {
            JsonNode node = MAPPER.readTree(parser);
            return node == null || node instanceof MissingNode ? Optional.empty() : Optional.of(node);
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
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
        private char[] chars;

        private Scan(String text) {
            this.text = text;
        }

        /** The value of the first occurrence of the key, or a missing node. */
        public JsonNode first(String key) {
            List<JsonNode> values = values(key, 1);
            return values.isEmpty() ? MissingNode.getInstance() : values.get(0);
        }

        /** The values of up to {@code max} occurrences of the key, in document order; malformed ones skipped. */
        public List<JsonNode> values(String key, int max) {
            List<JsonNode> found = new ArrayList<>();
            String needle = "\"" + key + "\":";
            int at = text.indexOf(needle);
            while (at >= 0 && found.size() < max) {
                int start = at + needle.length();
                if (chars == null) {
                    chars = text.toCharArray();
                }
                int length = Math.min(chars.length - start, MAX_BLOB_CHARS);
                try (JsonParser parser = MAPPER.createParser(chars, start, length)) {
                    JsonNode node = MAPPER.readTree(parser);
                    if (node != null && !(node instanceof MissingNode)) {
                        found.add(node);
                    }
                } catch (Exception | StackOverflowError e) {
                    // a malformed value is skipped; the next occurrence may still be well-formed
                }
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
