package dev.creatorwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One JSON object per line (JSON Lines), written field by field with a streaming generator straight to UTF-8 bytes:
 * no map or tree per row. The formats differ only in the fields they write.
 */
abstract class JsonLineWriter implements IncidentWriter {

    private final JsonGenerator g;

    JsonLineWriter(OutputStream out) throws IOException {
        this.g = IncidentJson.generator(out);
    }

    /** Writes the incident's fields into the open object. */
    abstract void fields(JsonGenerator g, Incident incident) throws IOException;

    @Override
    public final void write(Incident incident) throws IOException {
        g.writeStartObject();
        fields(g, incident);
        g.writeEndObject();
        g.writeRaw('\n');
    }

    @Override
    public final void finish() throws IOException {
        g.close();
    }
}
