package dev.creatorwatch.export;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV with a UTF-8 byte order mark (so Excel opens Japanese text correctly), one row per incident; comments and
 * history are JSON arrays in their own cells. Every cell goes through {@link CsvCells#safe}.
 */
final class CsvIncidentWriter implements IncidentWriter {

    static final String[] HEADER = {"id", "rule_id", "rule_version", "title", "severity", "risk_score", "status",
        "close_reason", "closed_at", "assignee", "tags", "creator_id", "creator_name", "account_id",
        "tier_at_detection", "first_seen", "last_seen", "occurrence_count", "reason", "evidence", "comments",
        "history"};

    private final CSVPrinter printer;

    CsvIncidentWriter(Writer out) throws IOException {
        out.write('\uFEFF');
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
    }

    @Override
    public void write(Incident i) throws IOException {
        Alert a = i.alert();
        List<Object> row = new ArrayList<>(HEADER.length);
        row.add(a.id);
        row.add(a.ruleId);
        row.add(a.ruleVersion);
        row.add(a.title);
        row.add(a.severity);
        row.add(a.riskScore);
        row.add(a.status);
        row.add(a.closeReason);
        row.add(a.closedAt);
        row.add(a.assignee);
        row.add(String.join(";", a.tags));
        row.add(a.creatorId);
        row.add(i.creatorName());
        row.add(a.accountId);
        row.add(a.tierAtDetection);
        row.add(a.firstSeen);
        row.add(a.lastSeen);
        row.add(a.occurrenceCount);
        row.add(a.reason);
        row.add(a.evidence);
        row.add(Json.write(i.comments()));
        row.add(Json.write(i.history()));
        for (Object cell : row) {
            printer.print(CsvCells.safe(cell));
        }
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
