package dev.creatorwatch.avatar;

import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.fetch.PageFetcher;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AvatarHash;
import dev.creatorwatch.rules.ProtectedIdentitySet;
import dev.creatorwatch.rules.impersonation.PerceptualHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reads one avatar: resolves its URL against the profile page, skips platform default pictures, fetches it through
 * the polite fetcher (URL guard on every hop, robots.txt, per-host gate, timeouts, a small size cap), decodes it
 * safely and hashes it. Never throws: every way it can end is an {@link AvatarReading} without a hash.
 */
@ApplicationScoped
public class AvatarHasher {

    private static final Logger LOG = Logger.getLogger(AvatarHasher.class);
    private static final String ACCEPT = "image/png,image/jpeg,image/gif;q=0.9,image/*;q=0.5";

    private final PageFetcher fetcher;
    private final long maxBytes;
    private final long maxPixels;
    private final List<String> defaultUrlMarkers;
    private final boolean enabled;

    @Inject
    public AvatarHasher(PageFetcher fetcher, AvatarConfig config) {
        this(fetcher, config.maxBytes(), config.maxPixels(), config.defaultUrlMarkers(), config.enabled());
    }

    public AvatarHasher(PageFetcher fetcher, long maxBytes, long maxPixels, List<String> defaultUrlMarkers) {
        this(fetcher, maxBytes, maxPixels, defaultUrlMarkers, true);
    }

    private AvatarHasher(PageFetcher fetcher, long maxBytes, long maxPixels, List<String> defaultUrlMarkers,
            boolean enabled) {
        this.enabled = enabled;
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.defaultUrlMarkers = List.copyOf(defaultUrlMarkers);
    }

    /**
     * The hash of the picture of a profile that is not a watched account (a suspect, a one-off check), read now; null
     * when avatars are off, the profile shows none, no protected identity has a picture to compare with (then the
     * fetch would be wasted), or the picture gave no hash. Call outside any transaction.
     */
    public AvatarHash hashForMatching(Profile profile, String pageUrl, ProtectedIdentitySet identities) {
        if (!enabled || profile == null || profile.avatarUrl() == null
                || identities.all().stream().noneMatch(p -> p.avatar() != null)) {
            return null;
        }
        return read(profile.avatarUrl(), pageUrl).hash();
    }

    /** The avatar {@code avatarUrl} (as the profile page gave it) of the profile at {@code pageUrl}. */
    public AvatarReading read(String avatarUrl, String pageUrl) {
        URI uri = AvatarUrls.resolve(avatarUrl, pageUrl);
        if (uri == null) {
            return AvatarReading.none(AvatarStatus.NOT_AN_IMAGE, null, null,
                    "the profile's picture address is not an http(s) URL");
        }
        String url = uri.toString();
        if (AvatarUrls.isPlatformDefault(uri, defaultUrlMarkers)) {
            return AvatarReading.none(AvatarStatus.PLATFORM_DEFAULT, url, null,
                    "the platform's default picture (no picture uploaded)");
        }
        try {
            PageFetcher.BinaryFetch fetch = fetcher.fetchBinary(uri, maxBytes, ACCEPT);
            if (fetch.outcome() != FetchOutcome.OK) {
                return AvatarReading.none(AvatarStatus.FETCH_FAILED, url, fetch.outcome(),
                        fetch.attempt().result().error());
            }
            return hash(url, fetch.body());
        } catch (RuntimeException e) {
            LOG.warnf(e, "reading avatar %s failed unexpectedly", url);
            return AvatarReading.none(AvatarStatus.FETCH_FAILED, url, FetchOutcome.NETWORK_ERROR,
                    "internal error: " + e);
        }
    }

    /** Decodes and hashes bytes already fetched. */
    AvatarReading hash(String url, byte[] body) {
        try {
            SafeImageDecoder.Decoded decoded = SafeImageDecoder.decode(body, maxPixels);
            PerceptualHash.Result h = PerceptualHash.hash(decoded.image());
            if (h.blank()) {
                return AvatarReading.none(AvatarStatus.BLANK, url, FetchOutcome.OK, "the picture is nearly uniform ("
                        + h.decisiveBits() + " of 64 hash bits carry a difference), like a placeholder");
            }
            return AvatarReading.hashed(url, new AvatarHash(h.hash()));
        } catch (RefusedImageException e) {
            return AvatarReading.none(e.status(), url, FetchOutcome.OK, e.getMessage());
        }
    }
}
