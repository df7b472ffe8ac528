package dev.creatorwatch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Set;

/**
 * Reads one JSON value straight off a page's text into Jackson nodes, building only the object fields a caller keeps
 * and stepping over everything else without building, copying or tokenising it. Reading a profile out of a
 * half-megabyte blob is mostly stepping over thumbnails, menus and tracking data; a general streaming parser spends
 * most of its time turning those into tokens and field-name symbols nobody asks for.
 *
 * <p>It accepts exactly what {@link JsonBlobs}' Jackson configuration accepted, skipped parts included: strict JSON
 * plus raw control characters inside strings and a trailing comma before a closing bracket; nesting deeper than
 * {@value #MAX_DEPTH}, strings longer than {@value #MAX_STRING} and numbers longer than {@value #MAX_NUMBER} digits
 * are refused. Numbers become the node types Jackson's tree reader gives (int, long, big integer, double). A
 * malformed value anywhere inside makes the whole value unreadable ({@code null}), never a partial tree.
 */
final class JsonValueReader {

    static final int MAX_DEPTH = 400;
    static final int MAX_STRING = 1_000_000;
    static final int MAX_NUMBER = 100;
    /** Jackson's default cap on a field name's length, which it applies to skipped names too. */
    static final int MAX_NAME = 50_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int NOT_SEARCHED = -2;

    private final String text;
    private final int end;
    private final Set<String> keep;
    private int pos;
    private int depth;
    /** The next backslash at or after the cursor (-1: none up to the end), or NOT_SEARCHED; see plainStringEnd. */
    private int nextBackslash = NOT_SEARCHED;

    private JsonValueReader(String text, int offset, int end, Set<String> keep) {
        this.text = text;
        this.pos = offset;
        this.end = end;
        this.keep = keep;
    }

    /**
     * The value starting at {@code offset} (after optional blanks), read from no further than {@code end}; object
     * fields not named in {@code keep} are left out at any depth (null keeps all, array elements are always kept).
     * Whatever follows the value is ignored. Null when there is no value or it is malformed.
     */
    static JsonNode read(String text, int offset, int end, Set<String> keep) {
        JsonValueReader reader = new JsonValueReader(text, offset, Math.min(end, text.length()), keep);
        try {
            reader.skipBlanks();
            if (reader.pos >= reader.end) {
                return null;
            }
            char first = reader.text.charAt(reader.pos);
            JsonNode value = reader.value(true);
            if ((first == '-' || isDigit(first)) && !reader.blankOrEndAfterRootNumber()) {
                return null;
            }
            return value;
        } catch (Malformed | StackOverflowError e) {
            return null;
        }
    }

    /** The next value; built when {@code build}, else only checked and stepped over (and null returned). */
    private JsonNode value(boolean build) {
        if (pos >= end) {
            throw new Malformed();
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(build);
            case '[':
                return array(build);
            case '"':
                if (build) {
                    return NODES.textNode(string(MAX_STRING));
                }
                skipString();
                return null;
            case 't':
                literal("true");
                return build ? NODES.booleanNode(true) : null;
            case 'f':
                literal("false");
                return build ? NODES.booleanNode(false) : null;
            case 'n':
                literal("null");
                return build ? NODES.nullNode() : null;
            default:
                if (c == '-' || isDigit(c)) {
                    return number(build);
                }
                throw new Malformed();
        }
    }

    private JsonNode object(boolean build) {
        open();
        ObjectNode object = build ? NODES.objectNode() : null;
        skipBlanks();
        if (peek() == '}') {
            pos++;
            depth--;
            return object;
        }
        while (true) {
            if (peek() != '"') {
                throw new Malformed();
            }
            boolean keepValue;
            String name = null;
            if (build) {
                name = string(MAX_NAME);
                keepValue = keep == null || keep.contains(name);
            } else {
                skipName();
                keepValue = false;
            }
            skipBlanks();
            expect(':');
            skipBlanks();
            JsonNode value = value(keepValue);
            if (keepValue) {
                object.set(name, value);
            }
            skipBlanks();
            char c = next();
            if (c == '}') {
                break;
            }
            if (c != ',') {
                throw new Malformed();
            }
            skipBlanks();
            if (peek() == '}') {
                pos++;
                break;
            }
        }
        depth--;
        return object;
    }

    private JsonNode array(boolean build) {
        open();
        ArrayNode array = build ? NODES.arrayNode() : null;
        skipBlanks();
        if (peek() == ']') {
            pos++;
            depth--;
            return array;
        }
        while (true) {
            JsonNode element = value(build);
            if (build) {
                array.add(element);
            }
            skipBlanks();
            char c = next();
            if (c == ']') {
                break;
            }
            if (c != ',') {
                throw new Malformed();
            }
            skipBlanks();
            if (peek() == ']') {
                pos++;
                break;
            }
        }
        depth--;
        return array;
    }

    private void open() {
        if (++depth > MAX_DEPTH) {
            throw new Malformed();
        }
        pos++;
    }

    /** A string's value; the cursor is on its opening quote. Raw control characters are allowed, bad escapes not. */
    private String string(int maxLength) {
        int start = pos + 1;
        int close = plainStringEnd(start);
        if (close >= 0) {
            pos = close + 1;
            return checkedLength(text.substring(start, close), maxLength);
        }
        String t = text;
        int limit = end;
        for (int p = start; p < limit; p++) {
            char c = t.charAt(p);
            if (c == '"') {
                pos = p + 1;
                return checkedLength(t.substring(start, p), maxLength);
            }
            if (c == '\\') {
                pos = p;
                return checkedLength(escapedString(start), maxLength);
            }
        }
        throw new Malformed();
    }

    /**
     * The closing quote of a string starting at {@code start} when no escape comes before it, else -1. Both searches
     * are the JDK's vectorised character search, and the position of the next backslash is remembered until the
     * cursor passes it, so a blob is searched for backslashes about once rather than character by character: most
     * strings in page JSON (ids, URLs, names) hold no escape at all.
     */
    private int plainStringEnd(int start) {
        int close = text.indexOf('"', start);
        if (close < 0 || close >= end) {
            return -1;
        }
        if (nextBackslash == NOT_SEARCHED || nextBackslash >= 0 && nextBackslash < start) {
            nextBackslash = text.indexOf('\\', start); // the cursor only moves forward, so this stays valid
        }
        return nextBackslash >= 0 && nextBackslash < close ? -1 : close;
    }

    /** The rest of a string holding escapes; {@code start} is just after its opening quote. */
    private String escapedString(int start) {
        StringBuilder sb = new StringBuilder(text.length() - start < 64 ? 16 : 64);
        sb.append(text, start, pos);
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            sb.append(c == '\\' ? escape() : c);
        }
    }

    private static String checkedLength(String s, int maxLength) {
        if (s.length() > maxLength) {
            throw new Malformed();
        }
        return s;
    }

    /** Steps over a string (the cursor is on its opening quote), checking its escapes; a local loop, as it is hot. */
    private void skipString() {
        int close = plainStringEnd(pos + 1);
        if (close >= 0) {
            pos = close + 1;
            return;
        }
        String t = text;
        int limit = end;
        int p = pos + 1;
        while (p < limit) {
            char c = t.charAt(p++);
            if (c == '"') {
                pos = p;
                return;
            }
            if (c == '\\') {
                pos = p;
                escape();
                p = pos;
            }
        }
        throw new Malformed();
    }

    private void skipName() {
        int start = pos;
        skipString();
        if (pos - start - 2 > MAX_NAME) {
            throw new Malformed();
        }
    }

    /** The character an escape stands for; the cursor is just after the backslash. */
    private char escape() {
        char c = next();
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(next(), 16);
                    if (digit < 0) {
                        throw new Malformed();
                    }
                    value = (value << 4) | digit;
                }
                yield (char) value;
            }
            default -> throw new Malformed();
        };
    }

    /** true / false / null, which must not run on into a word ("truer"). */
    private void literal(String word) {
        if (!text.startsWith(word, pos) || pos + word.length() > end) {
            throw new Malformed();
        }
        pos += word.length();
        if (pos < end) {
            char c = text.charAt(pos);
            if (c >= '0' && c != ']' && c != '}' && Character.isJavaIdentifierPart(c)) {
                throw new Malformed();
            }
        }
    }

    /** -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? with no leading zeros and at most {@value #MAX_NUMBER} digits. */
    private JsonNode number(boolean build) {
        int start = pos;
        if (peekOrEnd() == '-') {
            pos++;
        }
        int intDigits = digits();
        if (intDigits == 0 || intDigits > 1 && text.charAt(pos - intDigits) == '0' || intDigits > MAX_NUMBER) {
            throw new Malformed();
        }
        int fractionDigits = 0;
        int exponentDigits = 0;
        boolean floating = false;
        if (peekOrEnd() == '.') {
            pos++;
            floating = true;
            fractionDigits = digits();
            if (fractionDigits == 0) {
                throw new Malformed();
            }
        }
        char e = peekOrEnd();
        if (e == 'e' || e == 'E') {
            pos++;
            floating = true;
            char sign = peekOrEnd();
            if (sign == '+' || sign == '-') {
                pos++;
            }
            exponentDigits = digits();
            if (exponentDigits == 0) {
                throw new Malformed();
            }
        }
        if (floating && intDigits + fractionDigits + exponentDigits > MAX_NUMBER) {
            throw new Malformed();
        }
        if (!build) {
            return null;
        }
        String number = text.substring(start, pos);
        if (floating) {
            return NODES.numberNode(Double.parseDouble(number));
        }
        if (intDigits <= 18) {
            long value = Long.parseLong(number);
            return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
        }
        BigInteger big = new BigInteger(number);
        return big.bitLength() < 64 ? NODES.numberNode(big.longValue()) : NODES.numberNode(big);
    }

    private int digits() {
        int start = pos;
        while (pos < end && isDigit(text.charAt(pos))) {
            pos++;
        }
        return pos - start;
    }

    /** A number at the top level must be followed by a blank or the end, as Jackson requires of root values. */
    private boolean blankOrEndAfterRootNumber() {
        if (pos >= end) {
            return true;
        }
        char c = text.charAt(pos);
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Blanks between tokens: space, tab, CR, LF; any other control character is an error there. */
    private void skipBlanks() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else if (c < ' ') {
                throw new Malformed();
            } else {
                return;
            }
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw new Malformed();
        }
    }

    private char next() {
        if (pos >= end) {
            throw new Malformed();
        }
        return text.charAt(pos++);
    }

    private char peek() {
        if (pos >= end) {
            throw new Malformed();
        }
        return text.charAt(pos);
    }

    private char peekOrEnd() {
        return pos < end ? text.charAt(pos) : '\0';
    }

    /** Thrown inside the reader on any malformed input; stackless, since it is an answer, not a bug. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed() {
            super(null, null, false, false);
        }
    }
}
