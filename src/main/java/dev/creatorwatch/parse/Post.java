package dev.creatorwatch.parse;

import java.time.Instant;

/** One recent post as a profile page shows it. Any count the page does not show is null, never zero. */
public record Post(String id, String url, Instant publishedAt, Long likes, Long comments, Long views, String caption) {

    /** Likes plus comments, or null when the page shows no likes. */
    public Long interactions() {
        if (likes == null) {
            return null;
        }
        return likes + (comments == null ? 0 : comments);
    }
}
