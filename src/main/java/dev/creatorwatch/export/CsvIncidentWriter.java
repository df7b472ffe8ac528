package dev.creatorwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV with a UTF-8 byte order mark (so Excel opens Japanese text correctly), one row per incident; comments and
 * history are JSON arrays in their own cells, evidence is the stored JSON text. Every cell goes through
 * {@link CsvCells#safe}.
 */
final class CsvIncidentWriter implements IncidentWriter {

    static final String[] HEADER = {"id", "rule_id", "rule_version", "title", "severity", "risk_score", "status",
        "close_reason", "closed_at", "assignee", "tags", "creator_id", "creator_name", "account_id",
        "tier_at_detection", "first_seen", "last_seen", "occurrence_count", "reason", "evidence", "comments",
        "history"};

    private final CSVPrinter printer;
    /** The JSON cells are rendered into this buffer, reused for every cell. */
    private final StringWriter json = new StringWriter(1024);
    private final JsonGenerator jsonCell;

    CsvIncidentWriter(OutputStream out) throws IOException {
        Writer w = new CopyingBufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        this.printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        this.jsonCell = IncidentJson.generator(json);
    }

    @Override
    public void write(Incident i) throws IOException {
        Incident.AlertRow a = i.alert();
        cell(a.id());
        cell(a.ruleId());
        cell(a.ruleVersion());
        cell(a.title());
        cell(a.severity());
        cell(a.riskScore());
        cell(a.status());
        cell(a.closeReason());
        cell(a.closedAt());
        cell(a.assignee());
        cell(String.join(";", i.tags()));
        cell(a.creatorId());
        cell(a.creatorName());
        cell(a.accountId());
        cell(a.tierAtDetection());
        cell(a.firstSeen());
        cell(a.lastSeen());
        cell(a.occurrenceCount());
        cell(a.reason());
        cell(a.evidence());
        IncidentJson.comments(jsonCell, i.comments());
        cell(jsonText());
        IncidentJson.history(jsonCell, i.history());
        cell(jsonText());
        printer.println();
    }

    private void cell(Object value) throws IOException {
        printer.print(CsvCells.safe(value));
    }

    /** What the JSON cell generator wrote since the last call. */
    private String jsonText() throws IOException {
        jsonCell.flush();
        StringBuffer buffer = json.getBuffer();
        String text = buffer.toString();
        buffer.setLength(0);
        return text;
    }

    @Override
    public void finish() throws IOException {
        jsonCell.close();
        printer.flush();
    }
}
