package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.creator.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Handles an impersonator might register for a protected handle, for the discovery job to check. Covers dnstwist's
 * permutations (addition, omission, insertion and replacement by QWERTY neighbours, repetition, transposition, vowel
 * swap, homoglyphs, separators, bitsquatting) restricted to characters the platform allows, plus the social-media
 * affixes and digits impersonators add. Results are valid for the platform, deduplicated and ranked by how often each
 * trick is seen (affixes and look-alikes first, bit flips last), then by generation order, so the first N are the N
 * most worth checking.
 */
public final class LookalikeGenerator {

    public static final int MAX_CANDIDATES = 10_000;

    /** Tricks, most common first; the weight orders candidates of different tricks. */
    enum Trick {
        AFFIX(0.95), HOMOGLYPH(0.9), SEPARATOR(0.85), DIGITS(0.8), DOUBLED_SEPARATOR(0.75), OMISSION(0.65),
        REPETITION(0.65), TRANSPOSITION(0.6), REPLACEMENT(0.55), INSERTION(0.5), VOWEL_SWAP(0.45), ADDITION(0.4),
        BITSQUATTING(0.2);

        final double weight;

        Trick(double weight) {
            this.weight = weight;
        }
    }

    private static final String[] QWERTY_ROWS = {"1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final Map<Character, String> NEIGHBOURS = keyboardNeighbours();
    private static final String VOWELS = "aeiou";
    private static final String[][] HOMOGLYPHS = {{"o", "0"}, {"0", "o"}, {"l", "1"}, {"l", "i"}, {"i", "l"},
        {"i", "1"}, {"1", "l"}, {"m", "rn"}, {"rn", "m"}, {"w", "vv"}, {"vv", "w"}, {"d", "cl"}, {"e", "3"},
        {"a", "4"}, {"s", "5"}, {"g", "q"}, {"q", "g"}, {"u", "v"}, {"n", "h"}};
    private static final String[] PREFIXES = {"official", "real", "the", "its", "iam"};
    private static final String[] SUFFIXES = {"official", "jp", "tv", "hq", "support", "help", "shop", "giveaway",
        "real", "backup", "team", "official1"};
    private static final String[] DIGIT_SUFFIXES = {"1", "01", "2", "123", "0", "7", "11", "2024", "2025", "2026"};

    private final List<String> extraAffixes;

    public LookalikeGenerator() {
        this(List.of());
    }

    /** @param extraAffixes affixes from the rule file, added as suffixes beside the built-in ones */
    public LookalikeGenerator(List<String> extraAffixes) {
        this.extraAffixes = extraAffixes.stream().map(a -> a.strip().toLowerCase(Locale.ROOT))
                .filter(a -> !a.isEmpty() && a.length() <= 20).toList();
    }

    /** A generated handle and the operation that produced it (dnstwist's name, or affix/digits/separator). */
    public record Generated(String handle, String operation) {
    }

    /** Up to {@code max} candidate handles for the platform, most likely first; never the handle itself. */
    public List<String> candidates(String protectedHandle, Platform platform, int max) {
        return generate(protectedHandle, platform, max).stream().map(Generated::handle).toList();
    }

    /** As {@link #candidates}, with the operation behind each handle (the strongest one when several produce it). */
    public List<Generated> generate(String protectedHandle, Platform platform, int max) {
        if (protectedHandle == null || max <= 0) {
            return List.of();
        }
        String h = protectedHandle.strip().toLowerCase(Locale.ROOT);
        h = h.startsWith("@") ? h.substring(1) : h;
        if (h.isEmpty() || h.length() > 64) {
            return List.of();
        }
        Map<String, Ranked> found = new LinkedHashMap<>();
        Collector out = (candidate, trick) -> {
            if (!candidate.equals(protectedHandle) && PlatformHandles.isValid(platform, candidate)) {
                found.merge(candidate, new Ranked(candidate, trick, trick.weight, found.size()),
                        (a, b) -> a.weight >= b.weight ? a : b);
            }
        };
        String alphabet = PlatformHandles.alphabet(platform);
        affixes(h, alphabet, out);
        homoglyphs(h, out);
        separators(h, alphabet, out);
        for (String d : DIGIT_SUFFIXES) {
            out.add(h + d, Trick.DIGITS);
        }
        typos(h, alphabet, out);
        bitsquatting(h, alphabet, out);
        found.remove(h);
        return found.values().stream()
                .sorted(Comparator.comparingDouble((Ranked r) -> -r.weight).thenComparingInt(r -> r.order))
                .limit(Math.min(max, MAX_CANDIDATES))
                .map(r -> new Generated(r.handle, r.trick.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .toList();
    }

    /** The profile URLs to check for one candidate; see {@link PlatformHandles#candidateProfileUrls}. */
    public static List<String> candidateProfileUrls(Platform platform, String handle) {
        return PlatformHandles.candidateProfileUrls(platform, handle);
    }

    private void affixes(String h, String alphabet, Collector out) {
        List<String> seps = new ArrayList<>(List.of(""));
        for (String s : new String[] {"_", ".", "-"}) {
            if (alphabet.contains(s)) {
                seps.add(s);
            }
        }
        List<String> suffixes = new ArrayList<>(List.of(SUFFIXES));
        suffixes.addAll(extraAffixes);
        for (String sep : seps) {
            for (String s : suffixes) {
                out.add(h + sep + s, Trick.AFFIX);
            }
            for (String p : PREFIXES) {
                out.add(p + sep + h, Trick.AFFIX);
            }
        }
    }

    private static void homoglyphs(String h, Collector out) {
        for (String[] g : HOMOGLYPHS) {
            for (int i = h.indexOf(g[0]); i >= 0; i = h.indexOf(g[0], i + 1)) {
                out.add(h.substring(0, i) + g[1] + h.substring(i + g[0].length()), Trick.HOMOGLYPH);
            }
            if (h.contains(g[0])) {
                out.add(h.replace(g[0], g[1]), Trick.HOMOGLYPH);
            }
        }
    }

    private static void separators(String h, String alphabet, Collector out) {
        String plain = h.replace(".", "").replace("_", "").replace("-", "");
        for (char sep : new char[] {'_', '.', '-'}) {
            if (alphabet.indexOf(sep) < 0) {
                continue;
            }
            for (int i = 1; i < plain.length(); i++) {
                out.add(plain.substring(0, i) + sep + plain.substring(i), Trick.SEPARATOR);
            }
            for (int i = 0; i < h.length(); i++) {
                if (h.charAt(i) == '.' || h.charAt(i) == '_' || h.charAt(i) == '-') {
                    out.add(h.substring(0, i) + sep + h.substring(i + 1), Trick.SEPARATOR);
                    out.add(h.substring(0, i) + sep + h.substring(i), Trick.DOUBLED_SEPARATOR);
                    out.add(h.substring(0, i) + sep + sep + h.substring(i + 1), Trick.DOUBLED_SEPARATOR);
                }
            }
            out.add(h + sep, Trick.DOUBLED_SEPARATOR);
            out.add(sep + h, Trick.DOUBLED_SEPARATOR);
        }
        if (!plain.equals(h)) {
            out.add(plain, Trick.SEPARATOR);
        }
    }

    private static void typos(String h, String alphabet, Collector out) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            out.add(h.substring(0, i) + h.substring(i + 1), Trick.OMISSION);
            out.add(h.substring(0, i) + c + h.substring(i), Trick.REPETITION);
            if (i + 1 < h.length() && c != h.charAt(i + 1)) {
                out.add(h.substring(0, i) + h.charAt(i + 1) + c + h.substring(i + 2), Trick.TRANSPOSITION);
            }
            for (char n : NEIGHBOURS.getOrDefault(c, "").toCharArray()) {
                if (alphabet.indexOf(n) >= 0) {
                    out.add(h.substring(0, i) + n + h.substring(i + 1), Trick.REPLACEMENT);
                    out.add(h.substring(0, i) + n + h.substring(i), Trick.INSERTION);
                    out.add(h.substring(0, i + 1) + n + h.substring(i + 1), Trick.INSERTION);
                }
            }
            if (VOWELS.indexOf(c) >= 0) {
                for (char v : VOWELS.toCharArray()) {
                    out.add(h.substring(0, i) + v + h.substring(i + 1), Trick.VOWEL_SWAP);
                }
            }
        }
        for (char a : alphabet.toCharArray()) {
            if (Character.isLetterOrDigit(a)) {
                out.add(h + a, Trick.ADDITION);
            }
        }
    }

    private static void bitsquatting(String h, String alphabet, Collector out) {
        for (int i = 0; i < h.length(); i++) {
            for (int bit = 0; bit < 8; bit++) {
                char flipped = (char) (h.charAt(i) ^ (1 << bit));
                if (alphabet.indexOf(flipped) >= 0) {
                    out.add(h.substring(0, i) + flipped + h.substring(i + 1), Trick.BITSQUATTING);
                }
            }
        }
    }

    private static Map<Character, String> keyboardNeighbours() {
        Map<Character, String> m = new LinkedHashMap<>();
        for (int r = 0; r < QWERTY_ROWS.length; r++) {
            for (int c = 0; c < QWERTY_ROWS[r].length(); c++) {
                StringBuilder n = new StringBuilder();
                for (int dr = -1; dr <= 1; dr++) {
                    int row = r + dr;
                    if (row < 0 || row >= QWERTY_ROWS.length) {
                        continue;
                    }
                    // Rows are staggered: a key touches the same and the next column above, the same and the
                    // previous column below.
                    int from = dr == -1 ? c : dr == 1 ? c - 1 : c - 1;
                    int to = dr == -1 ? c + 1 : dr == 1 ? c : c + 1;
                    for (int col = from; col <= to; col++) {
                        if (col >= 0 && col < QWERTY_ROWS[row].length() && !(dr == 0 && col == c)) {
                            n.append(QWERTY_ROWS[row].charAt(col));
                        }
                    }
                }
                m.put(QWERTY_ROWS[r].charAt(c), n.toString());
            }
        }
        return m;
    }

    @FunctionalInterface
    private interface Collector {
        void add(String candidate, Trick trick);
    }

    private record Ranked(String handle, Trick trick, double weight, int order) {
    }
}
