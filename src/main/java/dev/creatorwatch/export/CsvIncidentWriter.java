package dev.creatorwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * CSV with a UTF-8 byte order mark (so Excel opens Japanese text correctly), one row per incident; tags are joined
 * with ";", comments and history are JSON arrays in their own cells, evidence is the stored JSON text. Every cell is
 * neutralized against formula injection ({@link CsvOutput}).
 */
final class CsvIncidentWriter implements IncidentWriter {

    static final String[] HEADER = {"id", "rule_id", "rule_version", "title", "severity", "risk_score", "status",
        "close_reason", "closed_at", "assignee", "tags", "creator_id", "creator_name", "account_id",
        "tier_at_detection", "first_seen", "last_seen", "occurrence_count", "reason", "evidence", "comments",
        "history"};

    private final CsvOutput csv;
    /** The joined tags are rendered into this buffer, reused for every row. */
    private final CellBuffer cellBuffer = new CellBuffer();
    /** Writes the JSON cells straight into the row (see {@link CsvOutput#startQuotedCell()}). */
    private final JsonGenerator jsonCell;
    private final byte[] instant = new byte[InstantText.MAX_LENGTH];

    CsvIncidentWriter(OutputStream out) throws IOException {
        this.csv = new CsvOutput(out);
        this.jsonCell = IncidentJson.generator(csv.quotedText());
        csv.byteOrderMark();
        for (String name : HEADER) {
            csv.cell(name);
        }
        csv.endRow();
    }

    @Override
    public void write(Incident i) throws IOException {
        Incident.AlertRow a = i.alert();
        csv.cell(a.id());
        csv.cell(a.ruleId());
        csv.cell(a.ruleVersion());
        csv.cell(a.title());
        csv.cell(a.severity());
        csv.cell(a.riskScore());
        csv.cell(a.status());
        csv.cell(a.closeReason());
        instant(a.closedAt());
        csv.cell(a.assignee());
        tags(i);
        csv.cell(a.creatorId());
        csv.cell(a.creatorName());
        if (a.accountId() == null) {
            csv.empty();
        } else {
            csv.cell(a.accountId());
        }
        csv.cell(a.tierAtDetection());
        instant(a.firstSeen());
        instant(a.lastSeen());
        csv.cell(a.occurrenceCount());
        csv.cell(a.reason());
        csv.cell(a.evidence());
        csv.startQuotedCell();
        IncidentJson.comments(jsonCell, i.comments());
        jsonCell.flush();
        csv.endQuotedCell();
        csv.startQuotedCell();
        IncidentJson.history(jsonCell, i.history());
        jsonCell.flush();
        csv.endQuotedCell();
        csv.endRow();
    }

    private void instant(Instant t) throws IOException {
        if (t == null) {
            csv.empty();
        } else {
            csv.cell(instant, 0, InstantText.write(t, instant));
        }
    }

    private void tags(Incident i) throws IOException {
        for (int k = 0; k < i.tags().size(); k++) {
            if (k > 0) {
                cellBuffer.write(';');
            }
            cellBuffer.write(i.tags().get(k).bytes());
        }
        csv.cell(cellBuffer.bytes(), 0, cellBuffer.size());
        cellBuffer.reset();
    }

    @Override
    public void finish() throws IOException {
        jsonCell.close();
        csv.flush();
    }

    /** A byte buffer whose contents can be read without a copy. */
    private static final class CellBuffer extends ByteArrayOutputStream {
        CellBuffer() {
            super(4096);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
