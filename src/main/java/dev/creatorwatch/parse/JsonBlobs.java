package dev.creatorwatch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON that pages embed (ld+json blocks, {@code window._sharedData = {...};}, rehydration blobs) with bounds:
 * blobs over {@link #MAX_BLOB_CHARS} are not read at all, nesting and string sizes are capped, and any malformed
 * input gives an empty result instead of an exception. Values are read by {@link JsonValueReader}, which accepts what
 * search engines accept (a raw newline in a string, as Bluesky's ld+json has; a trailing comma).
 */
public final class JsonBlobs {

    /** Real profile blobs are under 1 MB (YouTube's ytInitialData is ~0.5 MB); 4 MB leaves room without risk. */
    public static final int MAX_BLOB_CHARS = 4_000_000;

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
        int at = TextSearch.indexOf(text, marker, 0);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(readAt(text, at + marker.length(), keep));
    }

    /** The value starting at {@code offset}, or null when malformed or absent. */
    private static JsonNode readAt(String text, int offset, Set<String> keep) {
        return JsonValueReader.read(text, offset, (int) Math.min(text.length(), (long) offset + MAX_BLOB_CHARS), keep);
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
            TextSearch.Marker search = TextSearch.in(text, needle);
            int at = search.indexOf(text, 0);
            while (at >= 0 && found.size() < max) {
                int start = at + needle.length();
                JsonNode node = readAt(text, start, keep);
                if (node != null) {
                    found.add(node);
                }
                // a malformed value is skipped; the next occurrence may still be well-formed
                at = search.indexOf(text, start);
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
