package dev.creatorwatch.avatar;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an avatar URL points at, for deciding whether it is a new picture. Platform CDNs sign their image URLs with
 * expiring parameters (Instagram's {@code oh}/{@code oe}, TikTok's {@code x-expires}/{@code x-signature}, CloudFront's
 * {@code Expires}/{@code Signature}), so the same picture comes back under a new URL every few hours; comparing URLs
 * without those parameters keeps one unchanged avatar from being fetched again on every scan.
 */
public final class AvatarUrls {

    /** Query parameters that sign or route a CDN request but do not select the picture (compared lower-cased). */
    private static final Set<String> VOLATILE = Set.of("oh", "oe", "_nc_ht", "_nc_cat", "_nc_ohc", "_nc_oc", "_nc_gid",
            "_nc_sid", "_nc_zt", "_nc_ad", "_nc_cid", "_nc_tp", "_nc_ss", "ccb", "edm", "efg", "ig_cache_key",
            "x-expires", "x-signature", "x-signature-expires", "expires", "signature", "key-pair-id", "policy");

    private AvatarUrls() {
    }

    /**
     * The absolute http(s) URL of the avatar, resolved against the profile page it was read from (pages may give a
     * relative or protocol-relative address); null when there is none to fetch.
     */
    public static URI resolve(String avatarUrl, String pageUrl) {
        if (avatarUrl == null || avatarUrl.isBlank() || avatarUrl.length() > 2048) {
            return null;
        }
        try {
            URI uri = URI.create(avatarUrl.strip());
            if (!uri.isAbsolute() && pageUrl != null) {
                uri = URI.create(pageUrl.strip()).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The URL without fragment and without volatile signing parameters: equal keys mean the same picture. */
    public static String key(URI uri) {
        StringBuilder b = new StringBuilder();
        b.append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://")
                .append(uri.getRawAuthority().toLowerCase(Locale.ROOT))
                .append(uri.getRawPath() == null ? "" : uri.getRawPath());
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (String part : query.split("&")) {
                String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
                if (!part.isEmpty() && !VOLATILE.contains(name.toLowerCase(Locale.ROOT))) {
                    kept.add(part);
                }
            }
            if (!kept.isEmpty()) {
                b.append('?').append(String.join("&", kept));
            }
        }
        String key = b.toString();
        return key.length() > 2048 ? key.substring(0, 2048) : key;
    }

    /** True when the URL contains one of the configured markers of a platform's default picture. */
    public static boolean isPlatformDefault(URI uri, List<String> markers) {
        String s = uri.toString().toLowerCase(Locale.ROOT);
        return markers.stream().anyMatch(m -> !m.isBlank() && s.contains(m.toLowerCase(Locale.ROOT)));
    }
}
