package dev.creatorwatch.parse;

/**
 * Finds a marker in a big page text (a script, an embedded JSON blob) by its rarest character. {@code String.indexOf}
 * of a string is fast on Latin-1 text, but one emoji or CJK character makes the whole text UTF-16, and there the JDK
 * 17 search steps a character at a time: 0.15-0.3 ms per half-megabyte scan, measured, most of what reading a YouTube channel
 * page costs. Searching for a single character is vectorised for both encodings, so the marker is found by jumping
 * from one occurrence of its rarest character to the next and comparing the marker only there.
 */
public final class TextSearch {

    /** How much of the text is sampled to judge which of the marker's characters is rarest. */
    static final int SAMPLE_CHARS = 4_096;
    /** Shorter texts are searched by the JDK directly: sampling would cost more than it saves there. */
    static final int PLAIN_SEARCH_BELOW = 16_384;

    private TextSearch() {
    }

    /** A marker prepared for searching texts; prepare once per text, as the choice of anchor depends on it. */
    public static Marker in(String text, String marker) {
        return new Marker(marker, text.length() < PLAIN_SEARCH_BELOW ? -1 : rarestIndex(text, marker));
    }

    /** The first index of {@code marker} in {@code text} at or after {@code from}, or -1 (as String.indexOf). */
    public static int indexOf(String text, String marker, int from) {
        return in(text, marker).indexOf(text, from);
    }

    /** True when the text holds the marker (as String.contains). */
    public static boolean contains(String text, String marker) {
        return indexOf(text, marker, 0) >= 0;
    }

    /** A marker with the position of the character it is searched by (-1: the JDK's own search). */
    public record Marker(String marker, int anchor) {

        public int indexOf(String text, int from) {
            if (anchor < 0 || marker.isEmpty()) {
                return text.indexOf(marker, from);
            }
            char a = marker.charAt(anchor);
            int start = Math.max(from, 0);
            int last = text.length() - marker.length();
            for (int at = text.indexOf(a, start + anchor); at >= 0 && at - anchor <= last;
                    at = text.indexOf(a, at + 1)) {
                if (text.startsWith(marker, at - anchor)) {
                    return at - anchor;
                }
            }
            return -1;
        }
    }

    /**
     * The position in the marker of its character seen least often in the text's first {@value #SAMPLE_CHARS}
     * characters (JSON keys share quotes, colons and common letters; an upper-case letter or a digit is usually far
     * rarer). Ties go to the later character, which is more often part of the distinctive end of a key.
     */
    static int rarestIndex(String text, String marker) {
        int[] seen = new int[128];
        int sample = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                seen[c]++;
            }
        }
        int best = marker.length() - 1;
        for (int k = best - 1; k >= 0; k--) {
            if (count(seen, marker.charAt(k)) < count(seen, marker.charAt(best))) {
                best = k;
            }
        }
        return Math.max(best, 0);
    }

    /** Characters beyond ASCII are rare in page markup and JSON; they count as never seen. */
    private static int count(int[] seen, char c) {
        return c < 128 ? seen[c] : 0;
    }
}
