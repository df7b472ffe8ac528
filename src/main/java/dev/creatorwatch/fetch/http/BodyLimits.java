package dev.creatorwatch.fetch.http;

/**
 * Caps for one response body. {@code maxBytes} applies both to bytes on the wire and to bytes after
 * decompression; {@code maxCompressionRatio} catches decompression bombs early (checked once the output passes
 * {@link #RATIO_FLOOR_BYTES}, so small, very repetitive pages are not flagged). With {@code truncate}, an oversized
 * body is cut at the cap instead of failing (robots.txt: RFC 9309 asks to parse at least the first 500 KiB).
 */
public record BodyLimits(long maxBytes, int maxCompressionRatio, boolean truncate) {

    public static final long RATIO_FLOOR_BYTES = 1 << 20;

    public BodyLimits {
        if (maxBytes < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
