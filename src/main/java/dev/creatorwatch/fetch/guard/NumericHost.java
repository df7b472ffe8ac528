package dev.creatorwatch.fetch.guard;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Recognises hosts that browsers and many resolvers read as IPv4 numbers although they are not dotted-quad decimal:
 * {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}. Such forms are how SSRF filters get
 * bypassed, and no legitimate profile URL uses them, so the guard refuses them outright (naming the address they
 * stand for) instead of normalising them.
 */
final class NumericHost {

    private NumericHost() {
    }

    /** True when the WHATWG URL rules would parse this host as an IPv4 number (its last label is numeric). */
    static boolean looksNumeric(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        int lastDot = trimmed.lastIndexOf('.');
        String last = trimmed.substring(lastDot + 1);
        return !last.isEmpty() && (last.matches("\\d+") || last.matches("(?i)0x[0-9a-f]*"));
    }

    static boolean isCanonicalDottedQuad(String host) {
        if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return false;
        }
        for (String part : host.split("\\.")) {
            if ((part.length() > 1 && part.startsWith("0")) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** The dotted-quad this numeric form stands for, or empty if it is not a valid IPv4 number at all. */
    static Optional<String> meaning(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = trimmed.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            BigInteger value = parsePart(parts[i]);
            if (value == null || value.bitLength() > 32) {
                return Optional.empty();
            }
            numbers[i] = value.longValue();
        }
        for (int i = 0; i < numbers.length - 1; i++) {
            if (numbers[i] > 255) {
                return Optional.empty();
            }
        }
        int lastBytes = 5 - numbers.length;
        long last = numbers[numbers.length - 1];
        if (last >= (1L << (8 * lastBytes))) {
            return Optional.empty();
        }
        long ipv4 = last;
        for (int i = 0; i < numbers.length - 1; i++) {
            ipv4 |= numbers[i] << (8 * (3 - i));
        }
        return Optional.of(((ipv4 >> 24) & 0xff) + "." + ((ipv4 >> 16) & 0xff) + "." + ((ipv4 >> 8) & 0xff) + "."
                + (ipv4 & 0xff));
    }

    private static BigInteger parsePart(String part) {
        try {
            if (part.isEmpty()) {
                return null;
            }
            if (part.length() > 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
                return new BigInteger(part.substring(2), 16);
            }
            if (part.equalsIgnoreCase("0x")) {
                return BigInteger.ZERO;
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return new BigInteger(part.substring(1), 8);
            }
            return new BigInteger(part, 10);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
