package dev.creatorwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.creatorwatch.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * The JSON pieces every format shares (JSON Lines and OCSF embed them, CSV puts them in cells): the creator, the
 * comments and the history, written field by field with a streaming UTF-8 generator. Text goes in as UTF-8 bytes and
 * field names as pre-encoded strings, so nothing is encoded per row that could have been encoded once. The shapes are
 * those the export has always had, as {@link Json#MAPPER} wrote them (instants as ISO-8601 strings, nulls kept).
 */
final class IncidentJson {

    private IncidentJson() {
    }

    /** A field name encoded once. */
    static SerializableString name(String name) {
        return new SerializedString(name);
    }

    private static final SerializableString ID = name("id");
    private static final SerializableString NAME = name("name");
    private static final SerializableString AUTHOR = name("author");
    private static final SerializableString AT = name("at");
    private static final SerializableString TEXT = name("text");
    private static final SerializableString SEQ = name("seq");
    private static final SerializableString ACTOR = name("actor");
    private static final SerializableString ENTITY_TYPE = name("entityType");
    private static final SerializableString ENTITY_ID = name("entityId");
    private static final SerializableString ACTION = name("action");
    private static final SerializableString BEFORE = name("before");
    private static final SerializableString AFTER = name("after");
    private static final SerializableString HASH = name("hash");

    /**
     * A UTF-8 generator for consecutive top-level values with nothing between them; it leaves {@code out} open and
     * does not flush it on its own flushes (the export flushes its buffer once, at the end).
     */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
        g.setRootValueSeparator(null);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        return g;
    }

    /** {"id": ..., "name": ...} */
    static void creator(JsonGenerator g, Incident.AlertRow a) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeNumber(a.creatorId());
        field(g, NAME, a.creatorName());
        g.writeEndObject();
    }

    static void texts(JsonGenerator g, List<Utf8> values) throws IOException {
        g.writeStartArray();
        for (Utf8 v : values) {
            text(g, v);
        }
        g.writeEndArray();
    }

    /** [{"author", "at", "text"}, ...] */
    static void comments(JsonGenerator g, List<Incident.Comment> comments) throws IOException {
        g.writeStartArray();
        for (Incident.Comment c : comments) {
            g.writeStartObject();
            field(g, AUTHOR, c.author());
            field(g, AT, c.at());
            field(g, TEXT, c.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The audit rows as the audit API shows them: before and after embedded as JSON. */
    static void history(JsonGenerator g, List<Incident.HistoryEntry> history) throws IOException {
        g.writeStartArray();
        for (Incident.HistoryEntry e : history) {
            g.writeStartObject();
            g.writeFieldName(SEQ);
            g.writeNumber(e.seq());
            field(g, AT, e.at());
            field(g, ACTOR, e.actor());
            g.writeFieldName(ENTITY_TYPE);
            g.writeString(e.entityType());
            field(g, ENTITY_ID, e.entityId());
            field(g, ACTION, e.action());
            g.writeFieldName(BEFORE);
            StoredJson.write(g, e.before());
            g.writeFieldName(AFTER);
            StoredJson.write(g, e.after());
            field(g, HASH, e.hash());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void field(JsonGenerator g, SerializableString name, Utf8 value) throws IOException {
        g.writeFieldName(name);
        text(g, value);
    }

    static void field(JsonGenerator g, SerializableString name, Instant value) throws IOException {
        g.writeFieldName(name);
        instant(g, value);
    }

    static void field(JsonGenerator g, SerializableString name, Enum<?> value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.name());
        }
    }

    static void field(JsonGenerator g, SerializableString name, long value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    static void field(JsonGenerator g, SerializableString name, Long value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.longValue());
        }
    }

    /** Text as a JSON string, or null. */
    static void text(JsonGenerator g, Utf8 value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeUTF8String(value.bytes(), 0, value.length());
        }
    }

    /** An instant as ISO-8601 text (what {@link Json#MAPPER} writes), or null. */
    static void instant(JsonGenerator g, Instant t) throws IOException {
        if (t == null) {
            g.writeNull();
        } else {
            byte[] text = new byte[InstantText.MAX_LENGTH];
            g.writeUTF8String(text, 0, InstantText.write(t, text));
        }
    }
}
