package dev.creatorwatch.fetch.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes {@code Content-Encoding: gzip | deflate} with a cap on the DECOMPRESSED size and on the compression ratio,
 * reading in small chunks so a bomb is stopped after at most one chunk past the limit.
 */
public final class ContentDecoding {

    private ContentDecoding() {
    }

    /** The body's Content-Encoding is one we did not ask for, or the compressed data is corrupt. */
    public static class UndecodableContentException extends IOException {
        public UndecodableContentException(String message) {
            super(message);
        }
    }

    public static byte[] decode(byte[] wire, String contentEncoding, BodyLimits limits) throws IOException {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return wire;
        }
        String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
        byte[] data = wire;
        try {
            for (int i = codings.length - 1; i >= 0; i--) {
                data = decodeOne(data, codings[i].trim(), wire.length, limits);
            }
        } catch (ZipException | EOFException e) {
            throw new UndecodableContentException("corrupt " + contentEncoding + " body: " + e.getMessage());
        }
        return data;
    }

    private static byte[] decodeOne(byte[] data, String coding, long wireBytes, BodyLimits limits) throws IOException {
        switch (coding) {
            case "", "identity":
                return data;
            case "gzip", "x-gzip":
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
                    return drain(in, wireBytes, limits);
                }
            case "deflate":
                try {
                    return inflate(data, false, wireBytes, limits);
                } catch (ZipException e) {
                    // Some servers send raw deflate without the zlib wrapper the standard asks for.
                    return inflate(data, true, wireBytes, limits);
                }
            default:
                throw new UndecodableContentException("unsupported Content-Encoding '" + coding + "'");
        }
    }

    private static byte[] inflate(byte[] data, boolean raw, long wireBytes, BodyLimits limits) throws IOException {
        Inflater inflater = new Inflater(raw);
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data), inflater)) {
            return drain(in, wireBytes, limits);
        } finally {
            inflater.end();
        }
    }

    private static byte[] drain(InputStream in, long wireBytes, BodyLimits limits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        int n;
        while ((n = in.read(chunk)) > 0) {
            long room = limits.maxBytes() - out.size();
            if (n > room) {
                if (limits.truncate()) {
                    out.write(chunk, 0, (int) room);
                    return out.toByteArray();
                }
                throw new BodyTooLargeException("decompressed body is over the " + limits.maxBytes() + "-byte limit");
            }
            out.write(chunk, 0, n);
            if (out.size() > BodyLimits.RATIO_FLOOR_BYTES
                    && out.size() / Math.max(1, wireBytes) > limits.maxCompressionRatio()) {
                throw new BodyTooLargeException("compression ratio over " + limits.maxCompressionRatio()
                        + ":1 (" + wireBytes + " bytes expanding past " + out.size() + "), likely a decompression bomb");
            }
        }
        return out.toByteArray();
    }
}
