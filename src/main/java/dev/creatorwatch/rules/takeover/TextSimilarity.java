package dev.creatorwatch.rules.takeover;

import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two versions of a name or bio are, 0 (nothing in common) to 1 (same after folding case, width, emoji and
 * punctuation). Names use Jaro-Winkler (short strings, typos near the end matter little); bios take the better of
 * edit-distance ratio and word-overlap cosine, so reordering sentences or adding a line is not a "rewrite".
 */
final class TextSimilarity {

    /** Bios beyond this are compared on their beginning: edit distance is quadratic. */
    private static final int MAX_CHARS = 1_000;
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final CosineSimilarity COSINE = new CosineSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private TextSimilarity() {
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
        return NFKC_CASEFOLD.normalize(cut).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static double names(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y)) {
            return 1.0;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        return JARO_WINKLER.apply(x, y);
    }

    static double texts(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y)) {
            return 1.0;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        double edit = 1.0 - (double) LEVENSHTEIN.apply(x, y) / Math.max(x.length(), y.length());
        Double cosine = COSINE.cosineSimilarity(words(x), words(y));
        return Math.max(edit, cosine == null || cosine.isNaN() ? 0.0 : cosine);
    }

    private static Map<CharSequence, Integer> words(String s) {
        Map<CharSequence, Integer> counts = new HashMap<>();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }
}
