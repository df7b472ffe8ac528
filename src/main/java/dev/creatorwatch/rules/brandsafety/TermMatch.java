package dev.creatorwatch.rules.brandsafety;

/**
 * A lexicon term found in a text.
 *
 * @param entry  the lexicon line that matched
 * @param start  where the match begins in the original text
 * @param end    where it ends in the original text (exclusive)
 * @param quoted what the creator wrote there, verbatim (shortened when very long)
 */
public record TermMatch(LexiconEntry entry, int start, int end, String quoted) {
}
