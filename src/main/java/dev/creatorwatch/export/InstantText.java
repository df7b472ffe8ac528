package dev.creatorwatch.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes an instant as {@link Instant#toString()} does (ISO-8601 in UTC, the fraction in groups of three digits and
 * left out when zero), straight into a byte array. An incident has half a dozen instants; the JDK's formatter made
 * them about a seventh of an export's time.
 */
final class InstantText {

    /** "+1000000000-12-31T23:59:59.999999999Z" is the longest {@link Instant#toString()}. */
    static final int MAX_LENGTH = 40;

    private static final long SECONDS_PER_DAY = 86_400;

    private InstantText() {
    }

    /** Writes {@code t} into {@code out} from index 0; returns the length. */
    static int write(Instant t, byte[] out) {
        long epochDay = Math.floorDiv(t.getEpochSecond(), SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(t.getEpochSecond(), SECONDS_PER_DAY);
        // Days to civil date (proleptic Gregorian), after Howard Hinnant's days_from_civil inverse.
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            // Outside four-digit years the JDK adds signs and more digits; such instants are rare enough to hand over.
            byte[] text = t.toString().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, out, 0, text.length);
            return text.length;
        }
        int i = digits(out, 0, (int) year, 4);
        out[i++] = '-';
        i = digits(out, i, month, 2);
        out[i++] = '-';
        i = digits(out, i, day, 2);
        out[i++] = 'T';
        i = digits(out, i, secondOfDay / 3600, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay / 60 % 60, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay % 60, 2);
        int nano = t.getNano();
        if (nano != 0) {
            out[i++] = '.';
            if (nano % 1_000_000 == 0) {
                i = digits(out, i, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                i = digits(out, i, nano / 1000, 6);
            } else {
                i = digits(out, i, nano, 9);
            }
        }
        out[i++] = 'Z';
        return i;
    }

    /** {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code at}; returns the next index. */
    private static int digits(byte[] out, int at, int value, int width) {
        // Two digits per division: an incident has about a hundred digits of dates and times.
        int k = at + width;
        while (k - at >= 2) {
            int q = value / 100;
            int pair = value - q * 100;
            out[--k] = (byte) ('0' + pair % 10);
            out[--k] = (byte) ('0' + pair / 10);
            value = q;
        }
        if (k > at) {
            out[--k] = (byte) ('0' + value % 10);
        }
        return at + width;
    }
}
