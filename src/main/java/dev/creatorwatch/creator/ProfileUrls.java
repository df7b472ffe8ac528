package dev.creatorwatch.creator;

import dev.creatorwatch.api.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Handle normalization and the public profile URL of an account. */
public final class ProfileUrls {

    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}._\\-@]{1,200}");

    private ProfileUrls() {
    }

    /** Case-folded, NFKC, without a leading '@': the form the uniqueness constraint uses. */
    public static String normalizeHandle(String handle) {
        String h = Normalizer.normalize(handle.trim(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }

    public static void checkHandle(String field, String handle) {
        String h = handle.trim();
        if (!HANDLE.matcher(h).matches()) {
            throw ApiException.invalid(field, "may hold only letters, digits, '.', '_', '-' and '@' (1-200)");
        }
    }

    /** The URL we fetch: the one given, or the platform's usual profile URL for the handle. */
    public static String profileUrl(String field, Platform platform, String handle, String given) {
        if (given != null && !given.isBlank()) {
            return checkUrl(field, given.trim());
        }
        String h = normalizeHandle(handle);
        return switch (platform) {
            case INSTAGRAM -> "https://www.instagram.com/" + h + "/";
            case TIKTOK -> "https://www.tiktok.com/@" + h;
            case YOUTUBE -> "https://www.youtube.com/@" + h;
            case X -> "https://x.com/" + h;
            case BLUESKY -> "https://bsky.app/profile/" + h;
            case TWITCH -> "https://www.twitch.tv/" + h;
            case THREADS -> "https://www.threads.net/@" + h;
            case MASTODON, WEB -> throw ApiException.invalid(field,
                    "is required for " + platform.id() + " accounts (there is no single site to derive it from)");
        };
    }

    /** An absolute http(s) URL with a host, no credentials, at most 2048 characters. */
    public static String checkUrl(String field, String url) {
        if (url.length() > 2048) {
            throw ApiException.invalid(field, "must be at most 2048 characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.invalid(field, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.invalid(field, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ApiException.invalid(field, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.invalid(field, "must not contain credentials");
        }
        return uri.toString();
    }
}
