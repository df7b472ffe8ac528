package dev.creatorwatch.avatar;

/** How reading one avatar ended. Only {@link #HASHED} carries a hash; every other status means "no hash". */
public enum AvatarStatus {
    /** Fetched, decoded and hashed. */
    HASHED,
    /** Decoded, but near-uniform (a plain colour, a placeholder): its hash would be noise. */
    BLANK,
    /** The URL is a platform's default picture (known address pattern); not fetched. */
    PLATFORM_DEFAULT,
    /** The fetch did not give a body (robots, refused address, too large, timeout, 404, ...; see the fetch outcome). */
    FETCH_FAILED,
    /** The bytes are not a raster image we read: HTML, text, SVG or other markup, or unknown data. */
    NOT_AN_IMAGE,
    /** A real image format we do not decode (AVIF/HEIC: no pure-Java reader). */
    UNSUPPORTED_FORMAT,
    /** The image declares more pixels than allowed (a decompression bomb, or absurdly large). */
    TOO_MANY_PIXELS,
    /** Truncated or corrupt image data. */
    CORRUPT;

    /** Worth trying the same URL again later: the failure may be passing (network, a cut-off transfer). */
    public boolean retryable() {
        return this == FETCH_FAILED || this == CORRUPT;
    }
}
