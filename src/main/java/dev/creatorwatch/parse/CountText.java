package dev.creatorwatch.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads counts as people write them in many locales: "12,345", "12.345", "2 805" (also with NBSP / narrow NBSP),
 * "12.3K", "4,69 M", "1,2 Mio.", "1.2万", "3.5만", "12,3 тыс.", "1,5 mil", full-width digits, Arabic-Indic digits
 * with Arabic separators ("١٢٬٣٤٥", "١٫٢K"). Absurd values (negative, NaN, over 10^10) and non-integers without a
 * multiplier ("1.5") are rejected rather than stored.
 */
public final class CountText {

    static final long MAX_COUNT = 10_000_000_000L;

    /** Longest text we run a count pattern over; page text beyond this is not a count worth reading. */
    static final int MAX_SCAN = 20_000;

    /** Multiplier words, lower-case without a trailing dot. */
    private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("tsd", 1e3), Map.entry("tys", 1e3), Map.entry("тыс", 1e3),
            Map.entry("mil", 1e3), Map.entry("thousand", 1e3), Map.entry("千", 1e3), Map.entry("천", 1e3),
            Map.entry("万", 1e4), Map.entry("萬", 1e4), Map.entry("만", 1e4),
            Map.entry("lakh", 1e5), Map.entry("crore", 1e7),
            Map.entry("億", 1e8), Map.entry("亿", 1e8), Map.entry("억", 1e8),
            Map.entry("m", 1e6), Map.entry("mio", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6),
            Map.entry("млн", 1e6), Map.entry("mi", 1e6), Map.entry("million", 1e6), Map.entry("millions", 1e6),
            Map.entry("millionen", 1e6), Map.entry("millones", 1e6), Map.entry("millón", 1e6),
            Map.entry("millon", 1e6),
            Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("mrd", 1e9), Map.entry("млрд", 1e9),
            Map.entry("billion", 1e9), Map.entry("md", 1e9));

    /**
     * A number (digits with grouping or decimal separators) and an optional multiplier. Latin multipliers must not
     * run on into a word ("12 members" is not 12 million), CJK ones may be followed by anything ("1.2万人").
     */
    static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[ '](?=\\d{3}(?!\\d))\\d{3})+(?:[.,]\\d+)*|\\d+(?:[.,]\\d+)*)"
                    + "(?:\\s?(?<mult>(?i:thousand|millions?|millionen|millones|mill[oó]n|mio|mln|mn|mrd|md|mil|mi"
                    + "|lakh|crore|tsd|tys|bn|[kmb])\\.?(?![\\p{L}\\d])|(?:тыс|млн|млрд)\\.?"
                    + "|[千천万萬만億亿억]))?");

    private CountText() {
    }

    /** The whole text is one count (surrounding blanks allowed); empty when it is not a plausible count. */
    public static Optional<Long> parse(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        String s = normalize(text).strip();
        Matcher m = COUNT.matcher(s);
        return m.matches() ? value(m) : Optional.empty();
    }

    /** The first count at the start of the text, ignoring what follows ("127.696 visualizaciones"). */
    public static Optional<Long> leading(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalize(text.length() > 200 ? text.substring(0, 200) : text).strip();
        Matcher m = COUNT.matcher(s);
        return m.lookingAt() ? value(m) : Optional.empty();
    }

    /** A JSON-ish value: a number, or a numeric string such as TikTok's "783427". */
    public static Optional<Long> ofNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0 || value > MAX_COUNT) {
            return Optional.empty();
        }
        return Optional.of(Math.round(value));
    }

    /** The value of a {@link #COUNT} match, or empty when it is not a plausible count. */
    static Optional<Long> value(Matcher m) {
        String number = m.group(1);
        String mult = m.group("mult");
        Double multiplier = mult == null ? null : MULTIPLIERS.get(stripDot(mult).toLowerCase(Locale.ROOT));
        if (mult != null && multiplier == null) {
            return Optional.empty();
        }
        Double base = number(number, multiplier != null);
        if (base == null) {
            return Optional.empty();
        }
        return ofNumber(multiplier == null ? base : base * multiplier);
    }

    /**
     * Decides which separators group thousands and which one marks decimals. Space and apostrophe only ever group.
     * With two different marks, the last one is the decimal mark ("1,234.5"). One mark used several times groups
     * ("1.234.567"). One mark used once is decimal before a multiplier ("4,69 M") and grouping otherwise when three
     * digits follow ("12.345"); a bare "1.5" is not a count.
     */
    private static Double number(String text, boolean hasMultiplier) {
        String digits = text.replace(" ", "").replace("'", "");
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        int last = Math.max(lastDot, lastComma);
        if (last < 0) {
            return Double.parseDouble(digits);
        }
        char mark = digits.charAt(last);
        char other = mark == '.' ? ',' : '.';
        int marks = 0;
        for (int i = 0; i < digits.length(); i++) {
            marks += digits.charAt(i) == mark ? 1 : 0;
        }
        boolean decimal;
        if (digits.indexOf(other) >= 0) {
            decimal = true;
        } else if (marks > 1) {
            decimal = false;
        } else {
            decimal = hasMultiplier || digits.length() - last - 1 != 3;
        }
        String intPart = (decimal ? digits.substring(0, last) : digits).replace(".", "").replace(",", "");
        if (!groupsOfThree(decimal ? digits.substring(0, last) : digits)) {
            return null;
        }
        if (!decimal) {
            return Double.parseDouble(intPart);
        }
        if (!hasMultiplier) {
            return null;
        }
        return Double.parseDouble(intPart + "." + digits.substring(last + 1));
    }

    /**
     * Grouped digits must come in threes after the first group: "1,23,456" is not a count we trust. (A loop rather
     * than {@code split("[.,]")}, which compiles its pattern on every call.)
     */
    private static boolean groupsOfThree(String grouped) {
        int length = 0;
        int firstGroup = -1;
        for (int i = 0; i < grouped.length(); i++) {
            char c = grouped.charAt(i);
            if (c == '.' || c == ',') {
                if (firstGroup < 0) {
                    firstGroup = length;
                } else if (length != 3) {
                    return false;
                }
                length = 0;
            } else {
                length++;
            }
        }
        return firstGroup < 0 ? length > 0 : firstGroup > 0 && length == 3;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Folds the ways pages write digits and blanks onto ASCII: full-width and other Unicode digits, NBSP, narrow NBSP
     * and thin spaces become a plain space, typographic apostrophes a plain one, the Arabic thousands separator and
     * comma a comma, the Arabic decimal separator a dot, zero-width and bidi control characters disappear.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                out.append(c); // ASCII is already folded: its digits are ASCII, its only blank a space
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (c == '\u2019' || c == '\u02BC') {
                out.append('\''); // Swiss grouping "13’985’847"
            } else if (c == '\u066C' || c == '\u060C') {
                // Arabic thousands separator ("١٢٬٣٤٥") and comma; left alone, "12٬345" would read as 12 and 345
                out.append(',');
            } else if (c == '\u066B') {
                out.append('.'); // Arabic decimal separator ("١٫٢K"); left alone, "1٫2K" would read as 2K
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }
}
