package dev.creatorwatch.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The export formats and their media types. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    JSONL("application/x-ndjson; charset=UTF-8", "jsonl"),
    /** OCSF Detection Finding (class 2004), one finding per line (JSON Lines), not a JSON array. */
    OCSF("application/x-ndjson; charset=UTF-8", "ocsf.jsonl");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    IncidentWriter open(OutputStream out) throws IOException {
        return switch (this) {
            case CSV -> new CsvIncidentWriter(out);
            case JSONL -> new JsonLinesIncidentWriter(out);
            case OCSF -> new OcsfIncidentWriter(out);
        };
    }

    public static Optional<ExportFormat> fromName(String v) {
        try {
            return Optional.of(valueOf(v.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
