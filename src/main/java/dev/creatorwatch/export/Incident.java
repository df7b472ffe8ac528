package dev.creatorwatch.export;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.audit.AuditView;
import java.util.List;

/** One exported incident: the alert, its creator's name, its comments and its full change history. */
public record Incident(Alert alert, String creatorName, List<Comment> comments, List<AuditView> history) {

    /** A comment, verbatim. */
    public record Comment(String author, java.time.Instant at, String text) {
    }
}
