package dev.creatorwatch.export;

import java.util.Arrays;

/**
 * What a stored JSON text is, found in one pass over its UTF-8 bytes without building a tree: one compact JSON
 * value, one JSON value with whitespace between its tokens, or not (one) JSON value at all. The grammar is RFC 8259's,
 * as strict as Jackson's default parser (no comments, no single quotes, no leading zeros, no trailing commas, nothing
 * after the value), with its default limits on nesting depth and number length, so whatever passes here Jackson also
 * reads. An export checks every evidence and audit JSON text this way: a streaming Jackson parse did the same in
 * about twice the time (a parser, a name table and buffers per value; ~1 µs against ~0.6 µs per value for the
 * benchmark data set's evidence and audit JSON, on the loaded build machine).
 */
enum JsonShape {
    COMPACT,
    SPACED,
    NOT_JSON;

    /** Jackson's default StreamReadConstraints. */
    static final int MAX_DEPTH = 1000;
    static final int MAX_NUMBER_LENGTH = 1000;

    static JsonShape of(byte[] utf8) {
        return new Reader(utf8).shape();
    }

    /**
     * A cursor over the bytes; every step returns false as soon as the text stops being JSON. Only ASCII bytes have
     * a meaning in JSON's grammar: the bytes of other characters can stand only inside strings, where any byte of
     * 0x20 or more is taken as it is (the text comes from the database, which holds valid UTF-8).
     */
    private static final class Reader {

        private final byte[] s;
        private final int n;
        private int i;
        private boolean spaced;
        /** Open containers, innermost last: true for an object, false for an array. */
        private boolean[] open = new boolean[8];
        private int depth;

        Reader(byte[] s) {
            this.s = s;
            this.n = s.length;
        }

        JsonShape shape() {
            return document() ? (spaced ? SPACED : COMPACT) : NOT_JSON;
        }

        /** One value, then nothing but whitespace. Containers are walked with a stack, not recursion. */
        private boolean document() {
            boolean expectValue = true;
            while (true) {
                space();
                if (expectValue) {
                    if (i >= n) {
                        return false;
                    }
                    int c = at(i);
                    if (c == '{' || c == '[') {
                        if (!push(c == '{')) {
                            return false;
                        }
                        i++;
                        space();
                        if (i < n && at(i) == (c == '{' ? '}' : ']')) {
                            depth--;
                            i++;
                            expectValue = false;
                        } else if (c == '{' && !member()) {
                            return false;
                        }
                        continue;
                    }
                    if (!scalar(c)) {
                        return false;
                    }
                    expectValue = false;
                    continue;
                }
                if (depth == 0) {
                    return i == n;
                }
                if (i >= n) {
                    return false;
                }
                int c = at(i++);
                boolean object = open[depth - 1];
                if (c == ',') {
                    if (object && !member()) {
                        return false;
                    }
                    expectValue = true;
                } else if (c == (object ? '}' : ']')) {
                    depth--;
                } else {
                    return false;
                }
            }
        }

        /** A member's name and colon; the value follows. */
        private boolean member() {
            space();
            if (i >= n || at(i) != '"' || !string()) {
                return false;
            }
            space();
            if (i >= n || at(i) != ':') {
                return false;
            }
            i++;
            return true;
        }

        private boolean push(boolean object) {
            if (depth == MAX_DEPTH) {
                return false;
            }
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = object;
            return true;
        }

        private boolean scalar(int c) {
            return switch (c) {
                case '"' -> string();
                case 't' -> literal("true");
                case 'f' -> literal("false");
                case 'n' -> literal("null");
                default -> c == '-' || c >= '0' && c <= '9' ? number() : false;
            };
        }

        /** From the opening quote to after the closing one. */
        private boolean string() {
            i++;
            while (i < n) {
                int c = at(i++);
                if (c == '"') {
                    return true;
                }
                if (c < 0x20) {
                    return false;
                }
                if (c == '\\') {
                    if (i >= n) {
                        return false;
                    }
                    int e = at(i++);
                    if (e == 'u') {
                        if (i + 4 > n) {
                            return false;
                        }
                        for (int k = 0; k < 4; k++) {
                            int h = at(i++);
                            if (!(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F')) {
                                return false;
                            }
                        }
                    } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                        return false;
                    }
                }
            }
            return false;
        }

        /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
        private boolean number() {
            int start = i;
            if (at(i) == '-') {
                i++;
            }
            if (i < n && at(i) == '0') {
                i++;
            } else if (digits() == 0) {
                return false;
            }
            if (i < n && at(i) == '.') {
                i++;
                if (digits() == 0) {
                    return false;
                }
            }
            if (i < n && (at(i) == 'e' || at(i) == 'E')) {
                i++;
                if (i < n && (at(i) == '+' || at(i) == '-')) {
                    i++;
                }
                if (digits() == 0) {
                    return false;
                }
            }
            return i - start <= MAX_NUMBER_LENGTH;
        }

        private int digits() {
            int start = i;
            while (i < n && at(i) >= '0' && at(i) <= '9') {
                i++;
            }
            return i - start;
        }

        private boolean literal(String word) {
            if (i + word.length() > n) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (s[i + k] != word.charAt(k)) {
                    return false;
                }
            }
            i += word.length();
            return true;
        }

        /** The byte at {@code k} as 0..255, so the bytes of non-ASCII characters compare as 0x80 and above. */
        private int at(int k) {
            return s[k] & 0xFF;
        }

        private void space() {
            while (i < n) {
                int c = at(i);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                spaced = true;
                i++;
            }
        }
    }
}
