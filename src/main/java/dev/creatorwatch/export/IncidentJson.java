package dev.creatorwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.creatorwatch.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * The JSON pieces every format shares (JSON Lines and OCSF embed them, CSV puts them in cells): the creator, the
 * comments and the history, written field by field with a streaming generator. The shapes are those the export has
 * always had, as {@link Json#MAPPER} wrote them (instants as ISO-8601 strings, nulls kept).
 */
final class IncidentJson {

    private IncidentJson() {
    }

    /** A generator for consecutive top-level values with nothing between them; it leaves {@code out} open. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return configure(Json.MAPPER.getFactory().createGenerator(out));
    }

    static JsonGenerator generator(Writer out) throws IOException {
        return configure(Json.MAPPER.getFactory().createGenerator(out));
    }

    private static JsonGenerator configure(JsonGenerator g) {
        g.setRootValueSeparator(null);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** {"id": ..., "name": ...} */
    static void creator(JsonGenerator g, Incident.AlertRow a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", a.creatorId());
        g.writeStringField("name", a.creatorName());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** [{"author", "at", "text"}, ...] */
    static void comments(JsonGenerator g, List<Incident.Comment> comments) throws IOException {
        g.writeStartArray();
        for (Incident.Comment c : comments) {
            g.writeStartObject();
            g.writeStringField("author", c.author());
            g.writeFieldName("at");
            instant(g, c.at());
            g.writeStringField("text", c.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The audit rows as the audit API shows them: before and after embedded as JSON. */
    static void history(JsonGenerator g, List<Incident.HistoryEntry> history) throws IOException {
        g.writeStartArray();
        for (Incident.HistoryEntry e : history) {
            g.writeStartObject();
            g.writeNumberField("seq", e.seq());
            g.writeFieldName("at");
            instant(g, e.at());
            g.writeStringField("actor", e.actor());
            g.writeStringField("entityType", e.entityType());
            g.writeStringField("entityId", e.entityId());
            g.writeStringField("action", e.action());
            g.writeFieldName("before");
            StoredJson.write(g, e.before());
            g.writeFieldName("after");
            StoredJson.write(g, e.after());
            g.writeStringField("hash", e.hash());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void number(JsonGenerator g, Long n) throws IOException {
        if (n == null) {
            g.writeNull();
        } else {
            g.writeNumber(n);
        }
    }

    /** An instant as ISO-8601 text (what {@link Json#MAPPER} writes), or null. */
    static void instant(JsonGenerator g, Instant t) throws IOException {
        if (t == null) {
            g.writeNull();
        } else {
            g.writeString(t.toString());
        }
    }
}
