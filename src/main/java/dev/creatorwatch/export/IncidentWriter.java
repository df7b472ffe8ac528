package dev.creatorwatch.export;

import java.io.IOException;

/** Writes incidents one at a time to an open stream; implementations keep no per-row state. */
interface IncidentWriter {

    void write(Incident incident) throws IOException;

    /** Flushes what was written; the caller closes the underlying stream. */
    void finish() throws IOException;
}
