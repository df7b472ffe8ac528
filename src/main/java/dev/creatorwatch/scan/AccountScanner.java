package dev.creatorwatch.scan;

import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.BasicPageFetcher;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.fetch.FetchResult;
import dev.creatorwatch.parse.ParseResult;
import dev.creatorwatch.parse.ProfilePageReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The pipeline for one account: fetch, read, record. Fetching and parsing run outside any transaction so a slow site
 * never holds a database connection.
 */
@ApplicationScoped
public class AccountScanner {

    private static final Logger LOG = Logger.getLogger(AccountScanner.class);

    private final BasicPageFetcher fetcher;
    private final ProfilePageReader reader;
    private final ScanRecorder recorder;

    public AccountScanner(BasicPageFetcher fetcher, ProfilePageReader reader, ScanRecorder recorder) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.recorder = recorder;
    }

    public ScanReport scan(long accountId) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findById(accountId);
            return a == null ? null : new Target(a.platform, a.profileUrl);
        });
        if (target == null) {
            return ScanReport.gone(accountId);
        }
        FetchResult fetch = fetcher.fetch(target.url());
        ParseResult parse = null;
        if (fetch.outcome().isGood()) {
            parse = read(target, fetch);
        }
        ScanReport report = recorder.record(accountId, fetch, parse);
        LOG.debugf("Scanned account %d: %s", accountId, report.outcome());
        return report;
    }

    private ParseResult read(Target target, FetchResult fetch) {
        try {
            return reader.read(target.platform(), fetch.finalUrl(), fetch.body());
        } catch (RuntimeException e) {
            // A parser bug must cost one snapshot, not the scan: store it as a parse failure.
            LOG.warnf(e, "Parser failed on %s", fetch.finalUrl());
            return ParseResult.failed(FetchOutcome.PARSE_FAILURE, "parser error: " + e.getClass().getSimpleName());
        }
    }

    /** What to fetch, read in a short transaction of its own. */
    private record Target(Platform platform, String url) {
    }
}
