package dev.creatorwatch.parse;

/**
 * One way of reading a profile off a page (a platform's embedded JSON, JSON-LD, Open Graph text...). A source fills
 * what it recognises and leaves everything else null; it may throw on hostile input, the composite contains that.
 */
public interface ProfileSource {

    /** Short name for diagnostics ("instagram-shared-data", "json-ld"). */
    String name();

    /** What this source read; null or an empty profile when it recognised nothing. */
    Profile read(Page page);

    /**
     * True when this source's counts are exact (structured data rather than rounded display text); exact counts
     * outrank page-level warnings such as a login form elsewhere on the page.
     */
    default boolean exact() {
        return false;
    }

    /** False when the source can add nothing to what earlier sources found; lets costly scans be skipped. */
    default boolean useful(Profile soFar) {
        return true;
    }
}
