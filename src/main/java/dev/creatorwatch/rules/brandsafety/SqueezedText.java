package dev.creatorwatch.rules.brandsafety;

/**
 * Normalized text with every run of a repeated letter kept once and counted, so "pooorn" and "porn" share one form
 * ("porn", o×3) while "weed" stays distinguishable from "wed" (e×2 against e×1): a term matches where the text has at
 * least as many of each letter as the term.
 */
final class SqueezedText {

    final String text;
    final int[] counts;
    /** Where each squeezed character's run begins in the normalized text. */
    final int[] from;

    private SqueezedText(String text, int[] counts, int[] from) {
        this.text = text;
        this.counts = counts;
        this.from = from;
    }

    static SqueezedText of(String normalized) {
        StringBuilder sb = new StringBuilder(normalized.length());
        int[] counts = new int[normalized.length()];
        int[] from = new int[normalized.length()];
        int k = -1;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (k >= 0 && sb.charAt(k) == c && Character.isLetter(c)) {
                counts[k]++;
                continue;
            }
            k++;
            sb.append(c);
            counts[k] = 1;
            from[k] = i;
        }
        int n = sb.length();
        return new SqueezedText(sb.toString(), java.util.Arrays.copyOf(counts, n), java.util.Arrays.copyOf(from, n));
    }

    /** Where squeezed position {@code k}'s run ends in the normalized text (exclusive). */
    int endOf(int k) {
        return from[k] + counts[k];
    }

    int length() {
        return text.length();
    }
}
