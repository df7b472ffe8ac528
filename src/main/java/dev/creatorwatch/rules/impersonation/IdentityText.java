package dev.creatorwatch.rules.impersonation;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text folding for look-alike comparison. Two strings that a reader cannot tell apart get the same skeleton: NFKC case
 * folding (full-width, ligatures, case, default-ignorable characters), then the UTS #39 confusable skeleton from ICU,
 * then the look-alikes ICU leaves alone in lower-case Latin ({@code i}/{@code l}, {@code vv}/{@code w},
 * {@code cl}/{@code d}, accents, digits used as letters). ICU already maps {@code m} to {@code rn} and {@code 1} and
 * {@code I} to {@code l}.
 *
 * <p>Digits are kept as digits by {@link #tokens} so that affix stripping can still tell a trailing "2024" from a
 * letter; {@link #letters} then reads the remaining digits as the letters they imitate. All methods are thread-safe.
 */
public final class IdentityText {

    /** Longest input considered: handles and names are short, and an attacker must not make us fold megabytes. */
    public static final int MAX_INPUT = 512;

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final SpoofChecker RESTRICTION = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();
    /**
     * ICU's skeleton of each printable ASCII character. The UTS #39 skeleton maps code point by code point, so for
     * ASCII text (most handles) joining these equals ICU's answer at a fraction of the cost.
     */
    private static final String[] ASCII_SKELETON = new String[0x7F];

    static {
        for (char c = 0x20; c < 0x7F; c++) {
            ASCII_SKELETON[c] = SKELETONS.getSkeleton(String.valueOf(c)).toLowerCase(Locale.ROOT);
        }
    }

    private IdentityText() {
    }

    /** NFKC case fold with invisible characters removed; null becomes "". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String bounded = s.length() > MAX_INPUT ? s.substring(0, MAX_INPUT) : s;
        if (isPrintableAscii(bounded)) {
            // NFKC case folding of printable ASCII is lower-casing, and it holds no invisible characters.
            return bounded.toLowerCase(Locale.ROOT);
        }
        return NFKC_CASEFOLD.normalize(withoutInvisible(bounded));
    }

    /**
     * The folded text split at everything that is not a letter, mark or digit (separators, spaces, emoji), each token
     * mapped to its confusable skeleton with digits kept.
     */
    public static List<String> tokens(String s) {
        String folded = fold(s);
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isLetterOrDigit(cp) || isMark(cp)) {
                current.appendCodePoint(cp);
            } else if (current.length() > 0) {
                tokens.add(skeletonKeepingDigits(current.toString()));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            tokens.add(skeletonKeepingDigits(current.toString()));
        }
        tokens.removeIf(String::isEmpty);
        return tokens;
    }

    /** All tokens joined, digits read as letters: what the string looks like with separators ignored. */
    public static String skeleton(String s) {
        return letters(String.join("", tokens(s)));
    }

    /** Reads the digits people use for letters as those letters ({@code 0}→o, {@code 3}→e, ...). */
    public static String letters(String skeletonWithDigits) {
        StringBuilder b = new StringBuilder(skeletonWithDigits.length());
        for (int i = 0; i < skeletonWithDigits.length(); i++) {
            char c = skeletonWithDigits.charAt(i);
            b.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'l';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return b.toString();
    }

    /** Invisible or direction-changing characters in the raw text (zero-width, bidi controls, variation selectors). */
    public static List<String> invisibleCharacters(String s) {
        Set<String> found = new LinkedHashSet<>();
        if (s == null) {
            return List.of();
        }
        String bounded = s.length() > MAX_INPUT ? s.substring(0, MAX_INPUT) : s;
        if (isPrintableAscii(bounded)) {
            return List.of();
        }
        bounded.codePoints().filter(IdentityText::isInvisible)
                .forEach(cp -> found.add(String.format(Locale.ROOT, "U+%04X %s", cp, UCharacter.getName(cp))));
        return List.copyOf(found);
    }

    /**
     * The scripts mixed in the text when they are not a combination a real name uses (Latin with Cyrillic, say);
     * empty when the text passes the UTS #39 "highly restrictive" level (single script, or Latin with Han/Kana/Hangul).
     */
    public static List<String> suspiciousScriptMix(String s) {
        String folded = fold(s);
        if (folded.isEmpty() || isPrintableAscii(folded) || !RESTRICTION.failsChecks(folded)) {
            return List.of();
        }
        Set<String> scripts = new LinkedHashSet<>();
        folded.codePoints().forEach(cp -> {
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                scripts.add(UScript.getName(script));
            }
        });
        return scripts.size() > 1 ? List.copyOf(scripts) : List.of();
    }

    /** Characters of the folded text outside ASCII, as shown to a reader ("а (Cyrillic)"). */
    public static List<String> nonAsciiCharacters(String s) {
        Set<String> found = new LinkedHashSet<>();
        fold(s).codePoints().filter(cp -> cp > 0x7F && UCharacter.isLetterOrDigit(cp))
                .forEach(cp -> found.add(new String(Character.toChars(cp)) + " ("
                        + UScript.getName(UScript.getScript(cp)) + ")"));
        return List.copyOf(found);
    }

    private static String withoutInvisible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isInvisible(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean isInvisible(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL)
                || UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)
                || UCharacter.getType(cp) == UCharacter.FORMAT;
    }

    private static boolean isMark(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK;
    }

    /** ICU skeleton of each non-digit run, lower-cased, accents dropped, plus the Latin look-alikes ICU keeps. */
    private static String skeletonKeepingDigits(String token) {
        StringBuilder out = new StringBuilder(token.length());
        int start = 0;
        while (start < token.length()) {
            boolean digit = isAsciiDigit(token.charAt(start));
            int end = start;
            while (end < token.length() && isAsciiDigit(token.charAt(end)) == digit) {
                end++;
            }
            String run = token.substring(start, end);
            out.append(digit ? run : latinLookalikes(letterSkeleton(run)));
            start = end;
        }
        return out.toString();
    }

    private static String letterSkeleton(String run) {
        if (isPrintableAscii(run)) {
            StringBuilder b = new StringBuilder(run.length());
            for (int i = 0; i < run.length(); i++) {
                b.append(ASCII_SKELETON[run.charAt(i)]);
            }
            return b.toString();
        }
        return withoutMarks(SKELETONS.getSkeleton(run).toLowerCase(Locale.ROOT));
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String withoutMarks(String s) {
        String decomposed = NFD.normalize(s);
        StringBuilder b = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String latinLookalikes(String s) {
        // Multi-letter look-alikes first, so "ci" is not read as "cl" and then as "d".
        return s.replace("vv", "w").replace("cl", "d").replace('i', 'l');
    }
}
