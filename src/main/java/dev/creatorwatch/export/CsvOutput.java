package dev.creatorwatch.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes CSV (RFC 4180: comma-separated, CRLF after each row) as UTF-8 bytes through its own buffer. A cell is quoted
 * when it holds a comma, a quote, a line break or space at either end, with its quotes doubled; every cell is
 * neutralized against formula injection first ({@link CsvCells}). Commons CSV writes characters, which an export of
 * byte-held text would have to decode and re-encode for every cell; the format is small enough to write directly.
 */
final class CsvOutput {

    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];
    private int size;
    private boolean firstInRow = true;

    CsvOutput(OutputStream out) {
        this.out = out;
    }

    /** The UTF-8 byte order mark, so Excel reads the file as UTF-8 (Japanese text shows right). */
    void byteOrderMark() throws IOException {
        raw((byte) 0xEF);
        raw((byte) 0xBB);
        raw((byte) 0xBF);
    }

    void empty() throws IOException {
        separator();
    }

    /** An empty cell for null. */
    void cell(Utf8 text) throws IOException {
        if (text == null) {
            empty();
        } else {
            cell(text.bytes(), 0, text.length());
        }
    }

    void cell(String text) throws IOException {
        if (text == null) {
            empty();
        } else {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            cell(bytes, 0, bytes.length);
        }
    }

    void cell(Enum<?> value) throws IOException {
        cell(value == null ? null : value.name());
    }

    void cell(long value) throws IOException {
        separator();
        // Digits and a minus sign: never quoted; a negative number is not a formula to neutralize, it is a number.
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            raw((byte) digits.charAt(i));
        }
    }

    /** A cell holding {@code len} bytes of UTF-8 text from {@code bytes} at {@code off}. */
    void cell(byte[] bytes, int off, int len) throws IOException {
        separator();
        if (len == 0) {
            return;
        }
        boolean neutralize = CsvCells.startsFormula(bytes[off]);
        if (!needsQuotes(bytes, off, len)) {
            if (neutralize) {
                raw((byte) '\'');
            }
            copy(bytes, off, len);
            return;
        }
        raw((byte) '"');
        if (neutralize) {
            raw((byte) '\'');
        }
        quotedText.write(bytes, off, len);
        raw((byte) '"');
    }

    /**
     * Starts a cell that is always quoted and whose text arrives through {@link #quotedText()}, quotes doubled on the
     * way; {@link #endQuotedCell()} closes it. For text generated straight into the row (the JSON cells), which then
     * needs neither a buffer of its own nor a scan for what to quote. Such text must not start a formula.
     */
    void startQuotedCell() throws IOException {
        separator();
        raw((byte) '"');
    }

    void endQuotedCell() throws IOException {
        raw((byte) '"');
    }

    /** Where the text of a cell opened with {@link #startQuotedCell()} is written. */
    OutputStream quotedText() {
        return quotedText;
    }

    private final OutputStream quotedText = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            raw((byte) b);
            if (b == '"') {
                raw((byte) '"');
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            int end = off + len;
            while (off < end) {
                // Fill the buffer in chunks that fit even if every byte is a quote.
                if (buffer.length - size < 2) {
                    CsvOutput.this.flush();
                }
                int chunk = Math.min(end - off, (buffer.length - size) / 2);
                size = copyDoublingQuotes(bytes, off, chunk, buffer, size);
                off += chunk;
            }
        }
    };

    void endRow() throws IOException {
        raw((byte) '\r');
        raw((byte) '\n');
        firstInRow = true;
    }

    /** Hands what is buffered to the stream (which the caller flushes and closes). */
    void flush() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    private static boolean needsQuotes(byte[] bytes, int off, int len) {
        byte first = bytes[off];
        byte last = bytes[off + len - 1];
        if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
            return true;
        }
        // Or-ing a table entry per byte instead of branching on each: most cells hold none of these bytes.
        int special = 0;
        for (int i = off, end = off + len; i < end; i++) {
            special |= QUOTE_TRIGGERS[bytes[i] & 0xFF];
        }
        return special != 0;
    }

    private static final byte[] QUOTE_TRIGGERS = new byte[256];

    static {
        for (char c : new char[] {',', '"', '\n', '\r'}) {
            QUOTE_TRIGGERS[c] = 1;
        }
    }

    /**
     * Copies {@code len} bytes into the buffer at {@code p}, each quote doubled, and returns the next position; the
     * buffer must have room for twice {@code len}. Every byte is followed by a quote that the next byte overwrites
     * unless the byte was a quote itself: no branch per byte, which in JSON text (a quote every few bytes) the
     * processor would often guess wrong.
     */
    private static int copyDoublingQuotes(byte[] from, int off, int len, byte[] to, int p) {
        for (int i = off, end = off + len; i < end; i++) {
            byte c = from[i];
            to[p] = c;
            to[p + 1] = '"';
            p += c == '"' ? 2 : 1;
        }
        return p;
    }

    private void separator() throws IOException {
        if (firstInRow) {
            firstInRow = false;
        } else {
            raw((byte) ',');
        }
    }

    private void raw(byte b) throws IOException {
        if (size == buffer.length) {
            flush();
        }
        buffer[size++] = b;
    }

    private void copy(byte[] bytes, int off, int len) throws IOException {
        if (len > buffer.length - size) {
            flush();
            if (len > buffer.length) {
                out.write(bytes, off, len);
                return;
            }
        }
        System.arraycopy(bytes, off, buffer, size, len);
        size += len;
    }
}
