package dev.creatorwatch.rules.brandsafety;

/**
 * Text in the form lexicon terms are matched against, with each character traced back to the span of the original
 * text it came from, so a finding can quote what the creator actually wrote ("c0ca1ne"), not our folded form.
 *
 * @param text     folded text: letters and digits, single spaces between words, nothing else
 * @param starts   for each character of {@code text}, where its source begins in {@code original}
 * @param ends     for each character of {@code text}, where its source ends in {@code original} (exclusive)
 * @param original the text as written
 */
public record NormalizedText(String text, int[] starts, int[] ends, String original) {

    /** The original text behind {@code text[start, end)}. */
    public String originalOf(int start, int end) {
        if (start >= end) {
            return "";
        }
        return original.substring(starts[start], ends[end - 1]);
    }

    public int length() {
        return text.length();
    }
}
