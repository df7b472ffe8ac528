package dev.creatorwatch.export;

import java.nio.charset.StandardCharsets;

/**
 * Text held as its UTF-8 bytes. An export copies most of its text from database columns to a UTF-8 stream without
 * looking at it, so decoding every value into a String and encoding it back again was a large share of its time;
 * PostgreSQL's driver hands out the bytes it received as they are.
 */
record Utf8(byte[] bytes) {

    static Utf8 of(String s) {
        return s == null ? null : new Utf8(s.getBytes(StandardCharsets.UTF_8));
    }

    int length() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
