package dev.creatorwatch.parse;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchAttempt;
import dev.creatorwatch.fetch.FetchRequest;
import dev.creatorwatch.fetch.PageFetcher;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.fetch.FetchResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fetches a profile page and reads it: the one path from a URL to a profile, shared by scheduled scans, scan-now and
 * the pre-contract creator check. Runs outside any transaction so a slow site never holds a database connection.
 */
@ApplicationScoped
public class PageReading {

    private static final Logger LOG = Logger.getLogger(PageReading.class);

    private final PageFetcher fetcher;
    private final ProfilePageReader reader;

    public PageReading(PageFetcher fetcher, ProfilePageReader reader) {
        this.fetcher = fetcher;
        this.reader = reader;
    }

    /**
     * What the fetch returned and, when it returned a page, what the page says (null otherwise). {@code retryNotBefore}
     * is set when the site asked us to wait (Retry-After) or the host is backing off.
     */
    public record Reading(FetchResult fetch, ParseResult parse, Instant retryNotBefore) {

        /** The outcome of both steps: the fetch's, downgraded by the parser when the page was no profile. */
        public FetchOutcome outcome() {
            return fetch.outcome().isGood() && parse != null ? parse.outcome() : fetch.outcome();
        }
    }

    public Reading read(Platform platform, String url) {
        return read(platform, FetchRequest.of(URI.create(url)));
    }

    /** Reads with a request of the caller's, e.g. a conditional one; a 304 comes back as NOT_MODIFIED, unparsed. */
    public Reading read(Platform platform, FetchRequest request) {
        FetchAttempt attempt = fetcher.attempt(request);
        FetchResult fetch = attempt.result();
        Instant retry = attempt.retryNotBefore().orElse(null);
        if (!fetch.outcome().isGood()) {
            return new Reading(fetch, null, retry);
        }
        try {
            return new Reading(fetch, reader.read(platform, fetch.finalUrl(), fetch.body()), retry);
        } catch (RuntimeException e) {
            // A parser bug must cost one snapshot, not the scan: store it as a parse failure.
            LOG.warnf(e, "Parser failed on %s", fetch.finalUrl());
            return new Reading(fetch, ParseResult.failed(FetchOutcome.PARSE_FAILURE,
                    "parser error: " + e.getClass().getSimpleName()), retry);
        }
    }
}
