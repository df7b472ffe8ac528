package dev.creatorwatch.rules.brandsafety;

import java.util.List;

/**
 * One line of a lexicon file.
 *
 * @param term       as written in the file; a trailing {@code *} matches any word ending ("kill*": kills, killer)
 * @param category   the GARM category the term signals
 * @param level      how risky the term is within that category
 * @param exceptions phrases containing the term in which it is harmless ("photo shot", "drug store"); a {@code *}
 *                   ends a word freely
 * @param source     file and line, so a reviewer can find the line behind a finding
 */
public record LexiconEntry(String term, GarmCategory category, RiskLevel level, List<String> exceptions,
        String source) {

    public LexiconEntry {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }
}
