package dev.creatorwatch.scan;

import dev.creatorwatch.parse.PageReading;

import dev.creatorwatch.audience.FollowerSamples;
import dev.creatorwatch.avatar.AccountAvatars;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchRequest;
import dev.creatorwatch.snapshot.SnapshotRepository;
import dev.creatorwatch.snapshot.SnapshotRepository.Validators;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
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

    private final PageReading reading;
    private final ScanRecorder recorder;
    private final SnapshotRepository snapshots;
    private final FollowerSamples followerSamples;
    private final MeterRegistry meters;
    private final AccountAvatars avatars;

    public AccountScanner(PageReading reading, ScanRecorder recorder, SnapshotRepository snapshots,
            FollowerSamples followerSamples, MeterRegistry meters, AccountAvatars avatars) {
        this.avatars = avatars;
        this.reading = reading;
        this.recorder = recorder;
        this.snapshots = snapshots;
        this.followerSamples = followerSamples;
        this.meters = meters;
    }

    public ScanReport scan(long accountId) {
        long started = System.nanoTime();
        ScanReport report = scanTimed(accountId);
        String outcome = report.outcome() == null ? "GONE" : report.outcome().name();
        Timer.builder("monitor.scan.account")
                .description("Time to scan one account: look-up, fetch, parse, snapshot, tiers, rules, alerts")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return report;
    }

    private ScanReport scanTimed(long accountId) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findById(accountId);
            return a == null ? null
                    : new Target(a.platform, a.profileUrl, snapshots.latestValidators(a.id).orElse(Validators.NONE));
        });
        if (target == null) {
            return ScanReport.gone(accountId);
        }
        PageReading.Reading r = reading.read(target.platform(), target.request());
        followerSamples.refreshIfDue(accountId); // at most once per interval; before the rules that read it
        if (r.outcome().isGood() && r.parse() != null && r.parse().profile() != null) {
            // Only a new picture is fetched; before the rules, which compare its hash. Never throws.
            avatars.refreshIfChanged(accountId, target.url(), r.parse().profile().avatarUrl());
        }
        ScanReport report = recorder.record(accountId, r);
        LOG.debugf("Scanned account %d: %s", accountId, report.outcome());
        return report;
    }

    /** What to fetch, read in a short transaction of its own. */
    private record Target(Platform platform, String url, Validators validators) {

        FetchRequest request() {
            return new FetchRequest(URI.create(url), validators.etag(), validators.lastModified());
        }
    }
}
