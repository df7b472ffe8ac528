package dev.creatorwatch.avatar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Fetching and hashing profile pictures for impersonation matching. */
@ConfigMapping(prefix = "monitor.avatar")
public interface AvatarConfig {

    /** Fetch and hash the avatars of scanned, checked and discovered profiles. */
    @WithDefault("true")
    boolean enabled();

    /** Largest avatar body accepted, on the wire and after decompression (profile pictures are tens of kilobytes). */
    @WithDefault("2097152")
    long maxBytes();

    /** Most pixels (width × height, read from the header before decoding) an avatar may declare. */
    @WithDefault("16777216")
    long maxPixels();

    /** When an avatar could not be fetched or was cut off, how long before the same URL is tried again. */
    @WithDefault("PT6H")
    Duration retryAfterFailure();

    /**
     * Within how many bits (of 64) two stored avatars count as the same picture when counting how many creators
     * share a protected creator's picture (a widely shared picture is a default, not evidence).
     */
    @WithDefault("6")
    int sharedWithinBits();

    /**
     * Parts of URLs that platforms use for their default (no picture uploaded) avatar; such URLs are not fetched.
     * X: {@code default_profile_images}; Mastodon: {@code /avatars/original/missing.png}; Instagram's anonymous
     * silhouette is served under this file name.
     */
    @WithDefault("default_profile_images/,/avatars/original/missing.png,44884218_345707102882519_2446069589734326272_n")
    List<String> defaultUrlMarkers();
}
