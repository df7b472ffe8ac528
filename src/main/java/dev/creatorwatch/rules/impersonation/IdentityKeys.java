package dev.creatorwatch.rules.impersonation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The folded forms of one identity that matching compares, computed once per identity.
 *
 * @param handleSkeleton  the handle's skeleton with separators ignored
 * @param handleCore      the same with affixes and digits stripped
 * @param handleRemoved   the affixes and digits stripped from the handle, for the reason text
 * @param displayCore     the display name's skeleton without affix words ("official") and separators
 * @param displayWords    the display name's core words sorted, so "Tanaka Yuka" meets "Yuka Tanaka"
 * @param bioTerms        word counts of the folded bio, for cosine similarity
 */
public record IdentityKeys(
        String handleSkeleton,
        String handleCore,
        List<String> handleRemoved,
        String displayCore,
        String displayWords,
        Map<CharSequence, Integer> bioTerms) {

    public static IdentityKeys of(String handle, String displayName, String bio, Affixes affixes) {
        List<String> handleTokens = IdentityText.tokens(handle);
        Affixes.Stripped handleStripped = affixes.strip(handleTokens);
        List<String> displayTokens = IdentityText.tokens(displayName);
        List<String> withoutAffixes = displayTokens.stream().filter(t -> !affixes.isAffix(t)).toList();
        List<String> displayKept = (withoutAffixes.isEmpty() ? displayTokens : withoutAffixes).stream()
                .map(IdentityText::letters)
                .toList();
        String[] sorted = displayKept.toArray(String[]::new);
        Arrays.sort(sorted);
        return new IdentityKeys(
                IdentityText.letters(String.join("", handleTokens)),
                handleStripped.core(),
                handleStripped.removed(),
                String.join("", displayKept),
                String.join(" ", sorted),
                bioTerms(bio));
    }

    /** What separates bio words; compiled once (String.split compiles a pattern like this one on every call). */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private static Map<CharSequence, Integer> bioTerms(String bio) {
        Map<CharSequence, Integer> terms = new HashMap<>();
        if (bio == null || bio.isBlank()) {
            return terms;
        }
        for (String word : NON_WORD.split(IdentityText.fold(bio))) {
            if (!word.isEmpty()) {
                terms.merge(word, 1, Integer::sum);
            }
        }
        return terms;
    }
}
