package dev.creatorwatch.scan;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.BasicPageFetcher;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.fetch.FetchResult;
import dev.creatorwatch.parse.ParseResult;
import dev.creatorwatch.parse.ProfilePageReader;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Fetches a profile page and reads it: the one path from a URL to a profile, shared by scheduled scans, scan-now and
 * the pre-contract creator check. Runs outside any transaction so a slow site never holds a database connection.
 */
@ApplicationScoped
public class PageReading {

    private static final Logger LOG = Logger.getLogger(PageReading.class);

    private final BasicPageFetcher fetcher;
    private final ProfilePageReader reader;

    public PageReading(BasicPageFetcher fetcher, ProfilePageReader reader) {
        this.fetcher = fetcher;
        this.reader = reader;
    }

    /** What the fetch returned and, when it returned a page, what the page says (null otherwise). */
    public record Reading(FetchResult fetch, ParseResult parse) {

        /** The outcome of both steps: the fetch's, downgraded by the parser when the page was no profile. */
        public FetchOutcome outcome() {
            return fetch.outcome().isGood() && parse != null ? parse.outcome() : fetch.outcome();
        }
    }

    public Reading read(Platform platform, String url) {
        FetchResult fetch = fetcher.fetch(url);
        if (!fetch.outcome().isGood()) {
            return new Reading(fetch, null);
        }
        try {
            return new Reading(fetch, reader.read(platform, fetch.finalUrl(), fetch.body()));
        } catch (RuntimeException e) {
            // A parser bug must cost one snapshot, not the scan: store it as a parse failure.
            LOG.warnf(e, "Parser failed on %s", fetch.finalUrl());
            return new Reading(fetch, ParseResult.failed(FetchOutcome.PARSE_FAILURE,
                    "parser error: " + e.getClass().getSimpleName()));
        }
    }
}
