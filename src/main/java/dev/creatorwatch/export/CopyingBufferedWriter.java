package dev.creatorwatch.export;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer whose {@code append(CharSequence, start, end)} copies the characters straight into its buffer.
 * CSVPrinter writes a quoted cell as runs between quotes through that method, and {@link java.io.BufferedWriter}
 * inherits Writer's version, which makes a substring per run: for JSON cells that is dozens of strings per row.
 */
final class CopyingBufferedWriter extends Writer {

    private final Writer out;
    private final char[] buffer;
    private int size;

    CopyingBufferedWriter(Writer out, int capacity) {
        this.out = out;
        this.buffer = new char[capacity];
    }

    @Override
    public void write(int c) throws IOException {
        if (size == buffer.length) {
            flushBuffer();
        }
        buffer[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len > buffer.length) {
            flushBuffer();
            out.write(chars, off, len);
            return;
        }
        if (len > buffer.length - size) {
            flushBuffer();
        }
        System.arraycopy(chars, off, buffer, size, len);
        size += len;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        while (len > 0) {
            if (size == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(len, buffer.length - size);
            s.getChars(off, off + n, buffer, size);
            size += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq instanceof String s) {
            write(s, start, end - start);
        } else {
            CharSequence text = csq == null ? "null" : csq;
            for (int i = start; i < end; i++) {
                write(text.charAt(i));
            }
        }
        return this;
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    private void flushBuffer() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
