package dev.creatorwatch.rules.brandsafety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a {@code *.lexicon.txt} file: one term a line, {@code term | category | level | exception; exception},
 * {@code #} starts a comment. A plain-text table rather than YAML or JSON because the people who tune it are
 * reviewers, and one term per line diffs well.
 */
public final class LexiconFileReader {

    private LexiconFileReader() {
    }

    public static List<LexiconEntry> read(String fileName, String content) {
        List<LexiconEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = fileName + ":" + (i + 1);
            String[] cols = line.split("\\|", -1);
            if (cols.length < 3 || cols.length > 4) {
                throw new BrandSafetyDataException(where + ": expected 'term | category | level | exceptions', got "
                        + cols.length + " column(s)");
            }
            String term = cols[0].strip();
            if (term.isEmpty() || term.equals("*")) {
                throw new BrandSafetyDataException(where + ": the term is empty");
            }
            GarmCategory category = GarmCategory.fromId(cols[1]).orElseThrow(() -> new BrandSafetyDataException(
                    where + ": unknown category '" + cols[1].strip() + "' (known: " + GarmCategory.knownIds() + ")"));
            RiskLevel level = RiskLevel.fromName(cols[2]).orElseThrow(() -> new BrandSafetyDataException(
                    where + ": unknown level '" + cols[2].strip() + "' (known: floor, high, medium, low)"));
            List<String> exceptions = cols.length == 4
                    ? Arrays.stream(cols[3].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            String normalizedKey = TextNormalizer.normalize(term).text() + (term.endsWith("*") ? "*" : "")
                    + "|" + category;
            if (!seen.add(normalizedKey)) {
                throw new BrandSafetyDataException(where + ": term '" + term + "' is already listed for category "
                        + category.id() + " (after normalization)");
            }
            if (TextNormalizer.normalize(term).text().isEmpty()) {
                throw new BrandSafetyDataException(where + ": term '" + term + "' has no letters or digits");
            }
            for (String exception : exceptions) {
                if (!mentions(exception, term)) {
                    throw new BrandSafetyDataException(where + ": exception '" + exception
                            + "' does not contain the term '" + term + "', so it could never apply");
                }
            }
            entries.add(new LexiconEntry(term, category, level, exceptions, where));
        }
        return List.copyOf(entries);
    }

    /** Loose check that an exception phrase can cover the term: compares folded letters, wildcards dropped. */
    private static boolean mentions(String exception, String term) {
        String e = TextNormalizer.normalize(exception.replace("*", "")).text().replace(" ", "");
        String t = TextNormalizer.normalize(term.replace("*", "")).text().replace(" ", "");
        return e.toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT))
                || e.replaceAll("(\\p{L})\\1+", "$1").contains(t.replaceAll("(\\p{L})\\1+", "$1"));
    }
}
