package dev.creatorwatch.history;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Problem;
import dev.creatorwatch.audit.AuditTrail;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.rules.engagement.anomaly.HistoryImport;
import dev.creatorwatch.rules.engagement.anomaly.HistoryImport.HistoryRow;
import dev.creatorwatch.rules.engagement.anomaly.HistoryImport.LocatedRow;
import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.snapshot.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Validates and stores an uploaded history for one account, all rows or none, and records the import in the audit
 * trail. Rows must be older than the account's latest fetched snapshot (history, not a correction of what we saw)
 * and must not repeat a date already imported (422, naming the line); an import that loses a race with another
 * import of the same dates is a conflict (409). Snapshots already scanned that now follow an imported point are
 * judged again ({@link SeamJudge}), so an import made after the first scan is compared with that scan.
 */
@ApplicationScoped
public class HistoryImportService {

    /**
     * What one import stored, and what it changed about snapshots already scanned: how many were judged again
     * against it and how many alerts that opened.
     */
    public record ImportSummary(String importId, long accountId, int imported, Instant from, Instant to,
                                String importedBy, Instant importedAt, int snapshotsJudgedAgain, int alertsOpened) {
    }

    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final SnapshotRepository snapshots;
    private final SeamJudge seams;

    public HistoryImportService(Clock clock, AuditTrail audit, CurrentActor actor, SnapshotRepository snapshots,
            SeamJudge seams) {
        this.clock = clock;
        this.audit = audit;
        this.actor = actor;
        this.snapshots = snapshots;
        this.seams = seams;
    }

    @Transactional
    public ImportSummary importHistory(long creatorId, long accountId, String body) {
        Account account = account(creatorId, accountId);
        Instant now = clock.instant();
        List<LocatedRow> located;
        try {
            located = HistoryImport.readLocated(body, now);
        } catch (HistoryImport.ImportException e) {
            throw problem(e.tooLarge() ? 413 : 422, e.tooLarge() ? "History file too large" : "Invalid history",
                    e.getMessage(), e.errors().stream().map(HistoryImportService::fieldError).toList());
        }
        List<HistoryRow> rows = located.stream().map(LocatedRow::row).toList();
        List<Problem.FieldError> conflicts = new ArrayList<>();
        Instant latest = snapshots.latestGood(account.id).map(s -> s.capturedAt).orElse(null);
        Set<Instant> already = ImportedHistoryPoint.<ImportedHistoryPoint>find("accountId = ?1 and observedAt in ?2",
                account.id, rows.stream().map(HistoryRow::at).toList()).stream().map(p -> p.observedAt)
                .collect(Collectors.toSet());
        for (LocatedRow r : located) {
            // Named by the line (or item) of the upload, as every other error is, so the uploader can find it.
            String field = r.where() + ".date";
            String date = r.row().at().toString().replace("T00:00:00Z", "");
            if (latest != null && !r.row().at().isBefore(latest)) {
                conflicts.add(new Problem.FieldError(field, "(" + date + ") is not before the latest fetched "
                        + "snapshot (" + latest + "); imported history must be older than what was fetched"));
            } else if (already.contains(r.row().at())) {
                conflicts.add(new Problem.FieldError(field, "(" + date + ") was already imported for this account"));
            }
        }
        if (!conflicts.isEmpty()) {
            throw problem(422, "Invalid history", conflicts.size() + " row(s) clash with the account's history",
                    conflicts.subList(0, Math.min(HistoryImport.MAX_ERRORS, conflicts.size())));
        }
        String importId = UUID.randomUUID().toString();
        String by = actor.get().name();
        for (HistoryRow r : rows) {
            ImportedHistoryPoint.of(account.id, r, importId, now, by).persist();
        }
        try {
            // Written now, before the audit row: the check for dates already imported above cannot see an import
            // of the same dates running at the same time, and the unique (account, date) key is what stops the
            // second one. It must be answered as a conflict here, not fail as a 500 at commit.
            ImportedHistoryPoint.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            throw ApiException.conflict("Another import for this account saved some of the same dates at the same "
                    + "time; nothing of this import was saved. Reload the account's history and import what is "
                    + "still missing.");
        }
        SeamJudge.Judged judged = seams.judge(account, importId, rows.get(0).at());
        ImportSummary summary = new ImportSummary(importId, account.id, rows.size(), rows.get(0).at(),
                rows.get(rows.size() - 1).at(), by, now, judged.snapshots(), judged.alertsOpened());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("importId", importId);
        after.put("accountId", account.id);
        after.put("rows", rows.size());
        after.put("from", summary.from().toString());
        after.put("to", summary.to().toString());
        // The alerts just opened were audited as opened by the system; this says what made the system open them.
        after.put("snapshotsJudgedAgain", judged.snapshots());
        after.put("alertsOpened", judged.alertsOpened());
        audit.record(actor.get(), "creator", creatorId, "history-imported", null, after);
        return summary;
    }

    /** Imported points of the account, oldest first. */
    @Transactional
    public List<ImportedHistoryPoint> list(long creatorId, long accountId) {
        Account account = account(creatorId, accountId);
        return ImportedHistoryPoint.<ImportedHistoryPoint>find("accountId = ?1 order by observedAt", account.id).list();
    }

    private static Account account(long creatorId, long accountId) {
        Account a = Account.<Account>findByIdOptional(accountId).orElse(null);
        if (a == null || !a.creator.id.equals(creatorId)) {
            throw ApiException.notFound("Account", accountId + " of creator " + creatorId);
        }
        return a;
    }

    /** SQLSTATE 23505 is a unique violation on PostgreSQL and H2 alike. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Problem.FieldError fieldError(HistoryImport.LineError e) {
        return new Problem.FieldError(e.field() == null ? e.where() : e.where() + "." + e.field(), e.message());
    }

    private static ApiException problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return new ApiException(status, title, detail, errors);
    }
}
