package dev.creatorwatch.parse;

import dev.creatorwatch.creator.Platform;

/**
 * Turns the HTML of a public profile page into a {@link ParseResult}. The one entry point the scan pipeline, the
 * parse endpoint and the creator check use.
 */
public interface ProfilePageReader {

    /**
     * @param platform the account's platform ({@link Platform#WEB} for any other site)
     * @param url      the page's final URL, for resolving relative links and picking adapters
     * @param html     the decoded page
     */
    ParseResult read(Platform platform, String url, String html);
}
