package dev.creatorwatch.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Opaque keyset-pagination cursor: the sort value and id of the last row of a page. Keyset paging stays fast and
 * stable while rows are added, unlike offsets.
 */
public record Cursor(Instant at, long id) {

    public String encode() {
        String raw = (at == null ? "" : at.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            Instant at = bar == 0 ? null : Instant.parse(raw.substring(0, bar));
            return new Cursor(at, Long.parseLong(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw ApiException.invalid("after", "is not a cursor this API returned");
        }
    }
}
