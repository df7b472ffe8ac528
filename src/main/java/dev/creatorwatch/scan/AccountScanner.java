package dev.creatorwatch.scan;

import dev.creatorwatch.parse.PageReading;

import dev.creatorwatch.audience.FollowerSamples;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The pipeline for one account: read its page, then record what was seen and what follows from it. */
@ApplicationScoped
public class AccountScanner {

    private static final Logger LOG = Logger.getLogger(AccountScanner.class);

    private final PageReading reading;
    private final ScanRecorder recorder;
    private final FollowerSamples followerSamples;

    public AccountScanner(PageReading reading, ScanRecorder recorder, FollowerSamples followerSamples) {
        this.reading = reading;
        this.recorder = recorder;
        this.followerSamples = followerSamples;
    }

    public ScanReport scan(long accountId) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findById(accountId);
            return a == null ? null : new Target(a.platform, a.profileUrl);
        });
        if (target == null) {
            return ScanReport.gone(accountId);
        }
        PageReading.Reading r = reading.read(target.platform(), target.url());
        followerSamples.refreshIfDue(accountId); // at most once per interval; before the rules that read it
        ScanReport report = recorder.record(accountId, r);
        LOG.debugf("Scanned account %d: %s", accountId, report.outcome());
        return report;
    }

    /** What to fetch, read in a short transaction of its own. */
    private record Target(Platform platform, String url) {
    }
}
