package dev.creatorwatch.rules.brandsafety;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text so that the ways people dodge keyword filters land on the lexicon's spelling: width and compatibility
 * forms and case (NFKC case folding), accents and stacked marks ("pórn", "p̶o̶r̶n̶"), Cyrillic and Greek look-alikes mixed
 * into Latin words ("рorn" with a Cyrillic р), leetspeak ("p0rn", "c0ca1ne", "$ex", "h@te"), single characters spread
 * out with separators ("p.o.r.n", "コ・カ・イ・ン") and invisible characters. Repeated letters ("pooorn") are left in
 * place; {@link TermMatcher} matches them. Everything that is not a letter or digit becomes a single space.
 *
 * <p>Folding is per normalization chunk, so every output character keeps the span of the input it came from.
 */
public final class TextNormalizer {

    /** Longer input is cut: captions are short, and a hostile megabyte of text must not cost a megabyte of work. */
    static final int MAX_INPUT_CHARS = 20_000;

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Single letters or digits joined by one separator character, at least three of them: "p.o.r.n", "s-e-x". */
    private static final Pattern SPREAD_OUT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}$@](?:[.\\-_*·•・/ ][\\p{L}\\p{N}$@]){2,}(?![\\p{L}\\p{N}])");

    /** Cyrillic and Greek letters that look like Latin ones; only applied inside words that also have Latin letters. */
    private static final Map<Character, Character> LOOKALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('ё', 'e'), Map.entry('к', 'k'),
            Map.entry('м', 'm'), Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'),
            Map.entry('ѕ', 's'), Map.entry('ԁ', 'd'), Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'), Map.entry('ո', 'n'),
            Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'), Map.entry('ι', 'i'), Map.entry('κ', 'k'),
            Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('τ', 't'), Map.entry('υ', 'u'),
            Map.entry('χ', 'x'), Map.entry('ω', 'w'), Map.entry('ɡ', 'g'), Map.entry('ı', 'i'));

    private static final Map<Character, Character> LEET_DIGITS = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '8', 'b', '9', 'g');

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String raw) {
        String source = raw == null ? "" : cut(raw);
        Buffer folded = foldCompatibilityAndCase(source);
        folded = stripLatinMarks(folded);
        folded = joinSpreadOutLetters(folded);
        folded = undoLookalikesAndLeet(folded);
        return toWordsAndSpaces(folded, source);
    }

    private static String cut(String raw) {
        if (raw.length() <= MAX_INPUT_CHARS) {
            return raw;
        }
        int end = MAX_INPUT_CHARS;
        if (Character.isHighSurrogate(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(0, end);
    }

    private static Buffer foldCompatibilityAndCase(String source) {
        Buffer out = new Buffer(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            int cp = source.codePointAt(i);
            int j = i + Character.charCount(cp);
            while (j < n && !NFKC_CASEFOLD.hasBoundaryBefore(source.codePointAt(j))) {
                j += Character.charCount(source.codePointAt(j));
            }
            if (j == i + 1 && cp < 0x80) {
                // fast paths: most text is ASCII or already folded, and normalizing one character at a time is slow
                out.add(Character.toLowerCase((char) cp), i, j);
                i = j;
                continue;
            }
            if (j == i + Character.charCount(cp) && NFKC_CASEFOLD.getDecomposition(cp) == null) {
                for (int k = i; k < j; k++) {
                    out.add(source.charAt(k), i, j);
                }
                i = j;
                continue;
            }
            String chunk = NFKC_CASEFOLD.normalize(source.substring(i, j));
            for (int k = 0; k < chunk.length(); k++) {
                out.add(chunk.charAt(k), i, j);
            }
            i = j;
        }
        return out;
    }

    /** Removes accents from Latin letters and drops combining marks except Japanese sound marks. */
    private static Buffer stripLatinMarks(Buffer in) {
        Buffer out = new Buffer(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.chars.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK) {
                char before = i > 0 ? in.chars.charAt(i - 1) : ' ';
                int script = UScript.getScript(before);
                if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
                    out.add(c, in.starts[i], in.ends[i]);
                }
                continue;
            }
            if (UScript.getScript(c) == UScript.LATIN) {
                String d = NFD.getDecomposition(c);
                if (d != null && d.length() > 1 && Character.isLetter(d.charAt(0))) {
                    c = d.charAt(0);
                }
            }
            out.add(c, in.starts[i], in.ends[i]);
        }
        return out;
    }

    private static Buffer joinSpreadOutLetters(Buffer in) {
        Matcher m = SPREAD_OUT.matcher(in.chars);
        if (!m.find()) {
            return in;
        }
        boolean[] drop = new boolean[in.length()];
        do {
            for (int i = m.start() + 1; i < m.end(); i += 2) {
                drop[i] = true;
            }
        } while (m.find());
        Buffer out = new Buffer(in.length());
        for (int i = 0; i < in.length(); i++) {
            if (!drop[i]) {
                out.add(in.chars.charAt(i), in.starts[i], in.ends[i]);
            }
        }
        return out;
    }

    /** Within each word that has at least one Latin letter, maps look-alike letters, leet digits and symbols. */
    private static Buffer undoLookalikesAndLeet(Buffer in) {
        StringBuilder chars = in.chars;
        int n = chars.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(chars.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean latin = false;
            while (end < n && isWordChar(chars.charAt(end))) {
                char c = chars.charAt(end);
                latin |= Character.isLetter(c) && UScript.getScript(c) == UScript.LATIN;
                end++;
            }
            if (latin) {
                mapWord(chars, i, end);
            }
            i = end;
        }
        return in;
    }

    private static void mapWord(StringBuilder chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars.charAt(i);
            Character lookalike = LOOKALIKES.get(c);
            if (lookalike != null) {
                chars.setCharAt(i, lookalike);
            }
        }
        for (int i = from; i < to; i++) {
            char c = chars.charAt(i);
            boolean letterBefore = i > from && Character.isLetter(chars.charAt(i - 1));
            boolean letterAfter = i + 1 < to && Character.isLetter(chars.charAt(i + 1));
            if (Character.isDigit(c)) {
                // "c0ca1ne" but not "2024" or "blaze420": only short digit groups touching letters
                int runStart = i;
                int runEnd = i;
                while (runStart > from && Character.isDigit(chars.charAt(runStart - 1))) {
                    runStart--;
                }
                while (runEnd + 1 < to && Character.isDigit(chars.charAt(runEnd + 1))) {
                    runEnd++;
                }
                boolean touchesLetter = (runStart > from && Character.isLetter(chars.charAt(runStart - 1)))
                        || (runEnd + 1 < to && Character.isLetter(chars.charAt(runEnd + 1)));
                Character letter = LEET_DIGITS.get(c);
                if (letter != null && touchesLetter && runEnd - runStart < 2) {
                    chars.setCharAt(i, letter);
                }
            } else if (c == '$' && (letterAfter || letterBefore)) {
                chars.setCharAt(i, 's');
            } else if (c == '@' && letterBefore && i + 1 < to && Character.isLetterOrDigit(chars.charAt(i + 1))) {
                chars.setCharAt(i, 'a');
            } else if (c == '!' && letterBefore && letterAfter) {
                chars.setCharAt(i, 'i');
            } else if (c == '|' && letterBefore && letterAfter) {
                chars.setCharAt(i, 'l');
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '@' || c == '!' || c == '|'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static NormalizedText toWordsAndSpaces(Buffer in, String source) {
        Buffer out = new Buffer(in.length());
        boolean pendingSpace = false;
        for (int i = 0; i < in.length(); i++) {
            char c = in.chars.charAt(i);
            boolean keep = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    && UCharacter.isLetter(Character.codePointAt(in.chars, Character.isHighSurrogate(c) ? i : i - 1))
                    || Character.getType(c) == Character.NON_SPACING_MARK;
            if (!keep) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.add(' ', in.starts[i], in.starts[i]);
                pendingSpace = false;
            }
            out.add(c, in.starts[i], in.ends[i]);
        }
        return new NormalizedText(out.chars.toString(), out.starts(), out.ends(), source);
    }

    /** Characters with the source span each came from. */
    private static final class Buffer {
        final StringBuilder chars;
        int[] starts;
        int[] ends;

        Buffer(int capacity) {
            chars = new StringBuilder(capacity);
            starts = new int[Math.max(16, capacity)];
            ends = new int[Math.max(16, capacity)];
        }

        void add(char c, int start, int end) {
            int i = chars.length();
            if (i == starts.length) {
                starts = java.util.Arrays.copyOf(starts, i * 2);
                ends = java.util.Arrays.copyOf(ends, i * 2);
            }
            chars.append(c);
            starts[i] = start;
            ends[i] = end;
        }

        int length() {
            return chars.length();
        }

        int[] starts() {
            return java.util.Arrays.copyOf(starts, chars.length());
        }

        int[] ends() {
            return java.util.Arrays.copyOf(ends, chars.length());
        }
    }
}
