package dev.creatorwatch.creator;

import dev.creatorwatch.rules.impersonation.PlatformHandles;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The watched account a profile URL points at, found the way accounts are made unique: platform and normalized handle
 * ({@link ProfileUrls#normalizeHandle}). So {@code http://Instagram.com/Mika.Travels?hl=en} finds the account stored as
 * {@code https://www.instagram.com/mika.travels/}, as adding that account again would. Where the URL names no handle
 * of a platform we know (a Mastodon instance, any other site, a YouTube channel URL), the stored profile URLs are
 * compared with scheme, case, {@code www.}, default ports, trailing slashes, query and fragment left out.
 */
public final class WatchedAccounts {

    private WatchedAccounts() {
    }

    /** Needs a transaction. {@code url} is an absolute http(s) URL ({@link ProfileUrls#checkUrl}). */
    public static Optional<Account> byProfileUrl(String url) {
        URI uri = URI.create(url);
        Platform platform = Platform.ofUrl(uri);
        // WEB covers Mastodon instances, whose handle in the URL ("user@instance") is not how accounts store it.
        if (platform != Platform.WEB) {
            Optional<String> handle = PlatformHandles.handleFromUrl(platform, uri);
            if (handle.isPresent()) {
                Set<String> handles = new LinkedHashSet<>();
                handles.add(ProfileUrls.normalizeHandle(handle.get()));
                if (platform == Platform.BLUESKY) { // the URL drops ".bsky.social"; the account may have kept it
                    handles.add(ProfileUrls.normalizeHandle(handle.get()) + ".bsky.social");
                }
                Optional<Account> byHandle = Account.<Account>find("platform = ?1 and normalizedHandle in ?2",
                        platform, handles).firstResultOptional();
                if (byHandle.isPresent()) {
                    return byHandle;
                }
            }
        }
        String key = profileKey(uri);
        String path = uri.getRawPath() == null ? "" : trimSlashes(uri.getRawPath().toLowerCase(Locale.ROOT));
        // The LIKE only narrows the candidates down; the comparison is the key.
        return Account.<Account>find("lower(profileUrl) like ?1 escape '!'",
                        "%" + likeEscape(host(uri)) + "%" + likeEscape(path) + "%").stream()
                .filter(a -> key.equals(profileKey(a.profileUrl))).findFirst();
    }

    /** What two URLs of the same profile share: host without "www.", a port other than the default, the path. */
    static String profileKey(URI uri) {
        int port = uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        return host(uri) + (port == -1 || port == 80 || port == 443 ? "" : ":" + port) + trimSlashes(path);
    }

    private static String profileKey(String storedUrl) {
        try {
            URI uri = new URI(storedUrl);
            return uri.getHost() == null ? "" : profileKey(uri);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String trimSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    private static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
