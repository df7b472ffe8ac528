package dev.creatorwatch.scan;

import dev.creatorwatch.alert.AlertRecorder;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.history.ImportedHistory;
import dev.creatorwatch.history.SeamJudge;
import dev.creatorwatch.rules.RuleEngine;
import dev.creatorwatch.rules.RuleHit;
import dev.creatorwatch.snapshot.ProfileSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs the rules again on the scanned snapshots an import put new history right before ({@link ImportSeams}), with
 * the same contexts a scan builds, and records as alerts what they find with the import and did not find without
 * it. Only that difference: what the snapshot's own scan found is not counted a second time, and a rule whose result
 * the import does not change (a lookalike handle, a bio) stays as it was.
 */
@ApplicationScoped
public class RulesAtSeams implements SeamJudge {

    private static final Logger LOG = Logger.getLogger(RulesAtSeams.class);
    /**
     * An import that interleaves with a long run of scans can put points before many of them; the newest this many
     * are judged again, as many as a scan's history holds.
     */
    static final int MAX_SNAPSHOTS = RuleContexts.HISTORY;

    private final Clock clock;
    private final RuleContexts contexts;
    private final RuleEngine engine;
    private final AlertRecorder alerts;
    private final ImportedHistory imported;

    public RulesAtSeams(Clock clock, RuleContexts contexts, RuleEngine engine, AlertRecorder alerts,
            ImportedHistory imported) {
        this.clock = clock;
        this.contexts = contexts;
        this.engine = engine;
        this.alerts = alerts;
        this.imported = imported;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Judged judge(Account account, String importId, Instant from) {
        // Before the snapshots are read: a scan of this creator running now either commits first, and its snapshot
        // is judged here, or waits and reads the import with the rest of the history.
        CreatorRowLock.lock(account.creator.id);
        List<ProfileSnapshot> seams = seams(account.id, importId, from);
        // Every rule run first, then every alert: opening an alert locks the audit chain's head until commit.
        List<Found> found = new ArrayList<>();
        for (ProfileSnapshot s : seams) {
            Set<String> without = engine.evaluate(contexts.forSnapshotWithout(account, s, importId)).stream()
                    .map(RulesAtSeams::findingKey).collect(Collectors.toSet());
            engine.evaluate(contexts.forSnapshot(account, s)).stream()
                    .filter(hit -> !without.contains(findingKey(hit)))
                    .forEach(hit -> found.add(new Found(s.id, hit)));
        }
        Instant now = clock.instant();
        int opened = 0;
        for (Found f : found) {
            opened += alerts.record(f.hit(), account.creator.id, account.id, f.snapshotId(), account.tier, now)
                    .opened() ? 1 : 0;
        }
        return new Judged(seams.size(), opened);
    }

    private record Found(long snapshotId, RuleHit hit) {
    }

    private static String findingKey(RuleHit hit) {
        return hit.rule().id() + "|" + hit.finding().key();
    }

    /** The seams of the import, oldest first. */
    private List<ProfileSnapshot> seams(long accountId, String importId, Instant from) {
        List<ImportSeams.Scanned> scanned = ProfileSnapshot.getEntityManager().createQuery(
                        "select s.id, s.capturedAt from ProfileSnapshot s where s.accountId = :account "
                                + "and s.outcome = :ok and s.capturedAt >= :from order by s.capturedAt, s.id",
                        Object[].class)
                .setParameter("account", accountId).setParameter("ok", FetchOutcome.OK).setParameter("from", from)
                .getResultStream().map(row -> new ImportSeams.Scanned((Long) row[0], (Instant) row[1])).toList();
        List<Long> ids = ImportSeams.of(scanned, imported.importIdsFrom(accountId, from), importId);
        if (ids.size() > MAX_SNAPSHOTS) {
            LOG.infof("Import %s of account %d precedes %d scanned snapshots; judging the newest %d again", importId,
                    accountId, ids.size(), MAX_SNAPSHOTS);
            ids = ids.subList(ids.size() - MAX_SNAPSHOTS, ids.size());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return ProfileSnapshot.<ProfileSnapshot>list("id in ?1", ids).stream()
                .sorted(Comparator.comparing((ProfileSnapshot s) -> s.capturedAt).thenComparing(s -> s.id)).toList();
    }
}
