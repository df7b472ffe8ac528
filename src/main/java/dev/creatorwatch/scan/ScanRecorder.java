package dev.creatorwatch.scan;

import dev.creatorwatch.parse.PageReading;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.alert.AlertRecorder;
import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.audience.ScanSample;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Creator;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.creator.TierChange;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.fetch.FetchResult;
import dev.creatorwatch.parse.ParseResult;
import dev.creatorwatch.rules.AvatarHash;
import dev.creatorwatch.rules.RuleEngine;
import dev.creatorwatch.rules.RuleHit;
import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.snapshot.ProfileSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Stores what one scan saw and what follows from it, in one transaction: the snapshot, the tiers, the alerts, a new
 * follower sample record when one was due, and the account's next due time. A failed fetch or unreadable page is
 * stored as its outcome only: no metrics, no rules; so is a 304 (NOT_MODIFIED), which is scheduled like a good scan.
 */
@ApplicationScoped
public class ScanRecorder {

    private final Clock clock;
    private final RuleContexts contexts;
    private final RuleEngine engine;
    private final AlertRecorder alerts;
    private final ScanPlanner planner;

    public ScanRecorder(Clock clock, RuleContexts contexts, RuleEngine engine, AlertRecorder alerts,
            ScanPlanner planner) {
        this.clock = clock;
        this.contexts = contexts;
        this.engine = engine;
        this.alerts = alerts;
        this.planner = planner;
    }

    @Transactional
    public ScanReport record(ScanTarget target, PageReading.Reading reading, ScanSample sample, AvatarHash avatar) {
        ScanReport report = store(target, reading, sample, avatar);
        // Written here rather than at commit (the same batched statements): an alert changed meanwhile by someone
        // else then fails the write as an exception the scanner retries on, instead of failing inside the commit,
        // where the transaction manager logs it as a warning with a stack trace before it gets to the scanner.
        Account.getEntityManager().flush();
        return report;
    }

    private ScanReport store(ScanTarget target, PageReading.Reading reading, ScanSample sample, AvatarHash avatar) {
        FetchResult fetch = reading.fetch();
        ParseResult parse = reading.parse();
        FetchOutcome outcome = reading.outcome();
        long accountId = target.accountId();
        Account account = outcome.isGood() ? lockCreator(target) : Account.findById(accountId);
        if (account == null) {
            return ScanReport.gone(accountId);
        }
        Instant now = clock.instant();
        FetchOutcome previousOutcome = account.lastOutcome;
        account.lastScanAt = now;
        account.lastOutcome = outcome;
        if (sample.toStore() != null) {
            // No query of this scan reads follower samples, so this insert waits for the commit with the others.
            sample.toStore().persist();
        }
        if (outcome == FetchOutcome.NOT_MODIFIED) {
            return recordUnchanged(account, fetch, now);
        }
        if (!outcome.isGood()) {
            String error = fetch.error() != null ? fetch.error() : parse == null ? null : parse.detail();
            ProfileSnapshot attempt = ProfileSnapshot.failure(accountId, now, outcome, fetch.httpStatus(),
                    fetch.duration().toMillis(), error);
            attempt.persist();
            // Only a vanished account is news in itself; other failures (login walls, rate limits) say nothing about
            // the creator and are visible as source health instead.
            int opened = outcome.meansAccountGone() ? record(account, attempt.id,
                    engine.evaluate(contexts.forGoneAccount(account, attempt, previousOutcome)), now).opened() : 0;
            account.nextScanAt = planner.afterFailure(now, reading.retryNotBefore());
            return new ScanReport(accountId, outcome, null, opened, error);
        }
        // Everything the rules read is queried before this transaction stores anything, and none of it depends on
        // what it changed so far (the account's last scan time and outcome, a new follower sample). So the reads skip
        // Hibernate's auto-flush, whose dirty check of every loaded entity (the creator and all its accounts) before
        // each query cost about as much as a query, and the inserts and updates below go out together at commit
        // (JDBC batching) instead of piecemeal.
        EntityManager em = Account.getEntityManager();
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        RuleContexts.Reads reads;
        boolean openHigh;
        try {
            reads = contexts.read(account, now, sample.forRules(), avatar);
            openHigh = hasOpenHighAlert(account.id);
        } finally {
            em.setFlushMode(flushMode);
        }
        ProfileSnapshot snap = ProfileSnapshot.good(account, now, parse.profile(), fetch.httpStatus(),
                fetch.duration().toMillis(), fetch.bytes()).withValidators(fetch.etag(), fetch.lastModified());
        snap.persist();
        account.lastGoodAt = now;
        updateTiers(account, snap.followers, now);

        List<RuleHit> hits = engine.evaluate(contexts.forSnapshot(account, snap, reads));
        // Alerts last: opening one appends to the audit chain, whose head row stays locked until this transaction
        // commits, so no query should run after it.
        Raised raised = record(account, snap.id, hits, now);
        // An open high alert found above is still open: recording hits never closes one.
        account.nextScanAt = planner.afterSuccess(now, account.tier, openHigh || raised.high());
        return new ScanReport(accountId, outcome, snap.id, raised.opened(), null);
    }

    /** Records the hits of one scan as alerts: how many were newly opened, and whether any open one is high. */
    private Raised record(Account account, Long snapshotId, List<RuleHit> hits, Instant now) {
        int opened = 0;
        boolean high = false;
        for (RuleHit hit : hits) {
            AlertRecorder.Recorded r = alerts.record(hit, account.creator.id, account.id, snapshotId, account.tier,
                    now);
            opened += r.opened() ? 1 : 0;
            high |= r.alert() != null && HIGH.contains(r.alert().severity);
        }
        return new Raised(opened, high);
    }

    private record Raised(int opened, boolean high) {
    }

    /**
     * The site answered 304 to the latest good snapshot's validators: nothing new to read. The attempt is stored, the
     * metrics, tier and alerts stay as the good snapshot left them (rules already judged that page), and the account
     * is due again after its normal interval, as after a good scan.
     */
    private ScanReport recordUnchanged(Account account, FetchResult fetch, Instant now) {
        ProfileSnapshot attempt = ProfileSnapshot.notModified(account.id, now, fetch.httpStatus(),
                fetch.duration().toMillis(), fetch.bytes());
        attempt.persist();
        // The site confirmed the data we hold is current, so it is as fresh as a new good read.
        account.lastGoodAt = now;
        account.nextScanAt = planner.afterSuccess(now, account.tier, hasOpenHighAlert(account.id));
        return new ScanReport(account.id, FetchOutcome.NOT_MODIFIED, attempt.id, 0, null);
    }

    /**
     * Sibling accounts of one creator are often due together and scanned at once; each good scan may move the
     * creator's tier, which is the highest of its accounts' tiers. Locking the creator row first (it is read here
     * anyway) makes those scans take turns: each then reads its siblings' committed tiers and the creator's current
     * version, instead of one failing on the optimistic lock and losing its snapshot, or both computing the creator
     * tier from stale sibling tiers. An import of the account's history takes the same lock before it judges the
     * scanned snapshots again (see {@link RulesAtSeams}).
     */
    private static Account lockCreator(ScanTarget target) {
        EntityManager em = Account.getEntityManager();
        // The creator is the one the claim read (an account never moves to another creator), so the lock comes first
        // and the account need not be read before.
        CreatorRowLock.lock(target.creatorId());
        // The creator and all its accounts (tiers, siblings for the rules) in one round trip; the scanned account is
        // one of them, so finding it below costs no query of its own (it does cost one when it was removed meanwhile).
        em.createQuery("select c from Creator c left join fetch c.accounts where c.id = :id", Creator.class)
                .setParameter("id", target.creatorId()).getResultList();
        return Account.findById(target.accountId());
    }

    private void updateTiers(Account account, Long followers, Instant now) {
        Tier tier = Tier.ofFollowers(followers);
        if (tier != account.tier) {
            TierChange.of(account.creator.id, account.id, account.tier, tier, followers, now).persist();
            account.tier = tier;
        }
        Creator creator = account.creator;
        Tier before = creator.tier;
        if (creator.refreshTier()) {
            TierChange.of(creator.id, null, before, creator.tier, followers, now).persist();
            creator.updatedAt = now;
        }
    }

    /**
     * Whether the account has an open high or critical alert. Written as a plain JPQL query with scalar parameters
     * (not Panache's count over an IN list), because Hibernate caches the SQL translation of such a query, while a
     * count query derived at run time, or one with a list parameter, is translated again on every scan.
     */
    private static boolean hasOpenHighAlert(Long accountId) {
        return Alert.getEntityManager().createQuery("select count(a) from Alert a where a.accountId = :account "
                        + "and a.status <> :closed and (a.severity = :high or a.severity = :critical)", Long.class)
                .setParameter("account", accountId).setParameter("closed", AlertStatus.CLOSED)
                .setParameter("high", Severity.HIGH).setParameter("critical", Severity.CRITICAL)
                .getSingleResult() > 0;
    }

    private static final List<Severity> HIGH = List.of(Severity.HIGH, Severity.CRITICAL);

}
