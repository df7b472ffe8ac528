package dev.creatorwatch.fetch;

import java.time.Instant;
import java.util.Optional;

/**
 * A fetch result plus the earliest time the same host should be tried again, when the fetch says so (429/503 with
 * Retry-After, exponential backoff after errors, or a busy host). The scheduler stores that instant as the account's
 * next due time; the fetcher keeps it only as an in-memory cache.
 */
public record FetchAttempt(FetchResult result, Optional<Instant> retryNotBefore) {

    public FetchAttempt {
        retryNotBefore = retryNotBefore == null ? Optional.empty() : retryNotBefore;
    }

    public FetchOutcome outcome() {
        return result.outcome();
    }
}
