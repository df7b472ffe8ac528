package dev.creatorwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.json.Json;
import java.io.IOException;

/**
 * Embeds JSON stored in a text column (alert evidence, audit before/after) into JSON output. Valid compact JSON, which
 * is what the application stores, is copied byte for byte: parsing it into a tree and serializing the tree again cost
 * most of an export's time and can only lose things (number precision, a repeated key). The text is still checked
 * (see {@link JsonShape}), because a row changed outside the application (the audit trail is built to reveal
 * tampering) must not break the output: JSON with whitespace between tokens, which could hold a line break that would
 * split a JSON Lines record, is written compact; anything that is not one JSON value is written as a string, so
 * nothing is lost either way.
 */
final class StoredJson {

    private StoredJson() {
    }

    /** Writes {@code stored} as a JSON value: null, the stored value, or a string if it is not JSON. */
    static void write(JsonGenerator g, Utf8 stored) throws IOException {
        if (stored == null) {
            g.writeNull();
            return;
        }
        byte[] bytes = stored.bytes();
        switch (JsonShape.of(bytes)) {
            case COMPACT -> g.writeRawValue(new RawJson(bytes));
            case SPACED -> compact(g, bytes);
            case NOT_JSON -> g.writeUTF8String(bytes, 0, bytes.length);
        }
    }

    private static void compact(JsonGenerator g, byte[] json) throws IOException {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // JsonShape accepts what Jackson reads; should they ever disagree, the text is still kept.
            g.writeUTF8String(json, 0, json.length);
            return;
        }
        Json.MAPPER.writeTree(g, tree);
    }
}
