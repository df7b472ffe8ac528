package dev.creatorwatch.fetch;

import java.time.Duration;

/**
 * What one HTTP fetch returned. {@code body} is present only when the server answered with a page we may parse
 * (outcome {@link FetchOutcome#OK} at this stage; the parser may still downgrade it, e.g. to a login wall).
 * {@code link} is the response's {@code Link} header, which paged APIs (Mastodon) use for the next page.
 */
public record FetchResult(
        FetchOutcome outcome,
        int httpStatus,
        String finalUrl,
        String body,
        long bytes,
        Duration duration,
        String etag,
        String lastModified,
        String error,
        String link) {

    /** Without a {@code Link} header (pages rarely have one; paged JSON APIs do). */
    public FetchResult(FetchOutcome outcome, int httpStatus, String finalUrl, String body, long bytes,
                       Duration duration, String etag, String lastModified, String error) {
        this(outcome, httpStatus, finalUrl, body, bytes, duration, etag, lastModified, error, null);
    }

    public static FetchResult failed(FetchOutcome outcome, int status, String url, Duration duration, String error) {
        return new FetchResult(outcome, status, url, null, 0, duration, null, null, error);
    }
}
