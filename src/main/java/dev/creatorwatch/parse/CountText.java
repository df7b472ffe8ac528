package dev.creatorwatch.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads counts as pages write them: "12,345", "12.3K", "1.2M". Absurd values (negative, over 10^10) are rejected
 * rather than stored.
 */
public final class CountText {

    static final long MAX_COUNT = 10_000_000_000L;
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)*)\\s*([KkMmBb])?");

    private CountText() {
    }

    public static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1);
        String suffix = m.group(2);
        double value;
        if (suffix == null) {
            value = Double.parseDouble(digits.replace(",", "").replace(".", ""));
        } else {
            value = Double.parseDouble(digits.replace(",", ".")) * switch (suffix.toUpperCase(Locale.ROOT)) {
                case "K" -> 1e3;
                case "M" -> 1e6;
                default -> 1e9;
            };
        }
        long result = Math.round(value);
        return result < 0 || result > MAX_COUNT ? Optional.empty() : Optional.of(result);
    }
}
