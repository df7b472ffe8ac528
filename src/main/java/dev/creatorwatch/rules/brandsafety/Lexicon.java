package dev.creatorwatch.rules.brandsafety;

import java.util.List;

/** All lexicon entries of all languages, ready for matching. Immutable. */
public final class Lexicon {

    private final List<LexiconEntry> entries;
    private final TermMatcher matcher;

    public Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        this.matcher = new TermMatcher(this.entries);
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    /** Every term found in {@code text}, in order of position; empty for null or blank text. */
    public List<TermMatch> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return matcher.find(TextNormalizer.normalize(text));
    }
}
