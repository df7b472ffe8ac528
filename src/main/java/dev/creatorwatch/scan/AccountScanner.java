package dev.creatorwatch.scan;

import dev.creatorwatch.parse.PageReading;

import dev.creatorwatch.api.ConcurrentChange;
import dev.creatorwatch.audience.FollowerSamples;
import dev.creatorwatch.audience.ScanSample;
import dev.creatorwatch.avatar.AccountAvatars;
import dev.creatorwatch.avatar.StoredAvatar;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.rules.AvatarHash;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The pipeline for one account: read its page (and its profile picture when that is new), then record what was seen
 * and what follows from it. The request is conditional when the latest good snapshot kept the site's validators, so
 * an unchanged page costs a 304.
 */
@ApplicationScoped
public class AccountScanner {

    private static final Logger LOG = Logger.getLogger(AccountScanner.class);
    private static final int RECORD_ATTEMPTS = 3;

    private final PageReading reading;
    private final ScanRecorder recorder;
    private final ScanTargets targets;
    private final FollowerSamples followerSamples;
    private final MeterRegistry meters;
    private final AccountAvatars avatars;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public AccountScanner(PageReading reading, ScanRecorder recorder, ScanTargets targets,
            FollowerSamples followerSamples, MeterRegistry meters, AccountAvatars avatars) {
        this.avatars = avatars;
        this.reading = reading;
        this.recorder = recorder;
        this.targets = targets;
        this.followerSamples = followerSamples;
        this.meters = meters;
    }

    /** Scans one account by id (scan-now, the creator check): looks up what to fetch in a short transaction first. */
    public ScanReport scan(long accountId) {
        long started = System.nanoTime();
        ScanTarget target = QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findById(accountId);
            return a == null ? null
                    : targets.of(List.of(new ScanTargets.Watched(a.id, a.creator.id, a.platform, a.handle,
                            a.profileUrl))).get(0);
        });
        ScanReport report = target == null ? ScanReport.gone(accountId) : fetchAndRecord(target);
        return timed(report, started);
    }

    /** Scans a claimed account: what to fetch was read with the claim, so the scan starts with the fetch. */
    public ScanReport scan(ScanTarget target) {
        long started = System.nanoTime();
        return timed(fetchAndRecord(target), started);
    }

    private ScanReport timed(ScanReport report, long started) {
        String outcome = report.outcome() == null ? "GONE" : report.outcome().name();
        // One timer per outcome, built once: building and registering one per scan cost a registry look-up each time.
        timers.computeIfAbsent(outcome, o -> Timer.builder("monitor.scan.account")
                        .description("Time to scan one account: look-up, fetch, parse, snapshot, tiers, rules, alerts")
                        .tag("outcome", o)
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofMinutes(2))
                        .register(meters))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return report;
    }

    private ScanReport fetchAndRecord(ScanTarget target) {
        PageReading.Reading r = reading.read(target.platform(), target.request());
        // At most once per interval; before the rules that read it. A new record is stored with the scan's results.
        ScanSample sample = followerSamples.forScan(target.accountId(), target.platform(), target.handle(),
                target.url(), target.followers());
        AvatarHash avatar = null;
        if (r.outcome().isGood() && r.parse() != null && r.parse().profile() != null) {
            // Only a new picture is fetched; before the rules, which compare its hash. Never throws.
            String avatarUrl = r.parse().profile().avatarUrl();
            StoredAvatar stored = avatars.refreshIfChanged(target.accountId(), target.url(), avatarUrl,
                    target.avatar());
            avatar = avatars.hashFor(target.url(), avatarUrl, stored);
        }
        ScanReport report = record(target, r, sample, avatar);
        LOG.debugf("Scanned account %d: %s", target.accountId(), report.outcome());
        return report;
    }

    /**
     * Stores the scan. Its transaction can lose a race for a row someone changed meanwhile (most often the alert it
     * updates, which a user is triaging at that moment: alerts carry a version). Failing the scan would drop what it
     * saw, so it is recorded again, on fresh data, a few times at most; what was read from the site is kept.
     */
    private ScanReport record(ScanTarget target, PageReading.Reading r, ScanSample sample, AvatarHash avatar) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recorder.record(target, r, sample, avatar);
            } catch (RuntimeException e) {
                if (attempt >= RECORD_ATTEMPTS || !ConcurrentChange.causedBy(e)) {
                    throw e;
                }
                LOG.infof("Scan of account %d met a concurrent change, recording it again: %s", target.accountId(),
                        e.getMessage());
                if (sample.toStore() != null) {
                    sample.toStore().id = null; // its insert was rolled back: the retry inserts it anew
                }
            }
        }
    }
}
