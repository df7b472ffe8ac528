package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.creator.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a handle may look like on each platform, and where its public profile page is. The rules are the platforms'
 * published sign-up rules, simplified to lower case (every platform here matches handles case-insensitively).
 */
public final class PlatformHandles {

    private static final Pattern INSTAGRAM = Pattern.compile("(?!\\.)(?!.*\\.\\.)(?!.*\\.$)[a-z0-9._]{1,30}");
    private static final Pattern TIKTOK = Pattern.compile("(?!.*\\.$)[a-z0-9._]{2,24}");
    private static final Pattern X = Pattern.compile("[a-z0-9_]{1,15}");
    private static final Pattern YOUTUBE = Pattern.compile("[a-z0-9._-]{3,30}");
    private static final Pattern TWITCH = Pattern.compile("[a-z0-9][a-z0-9_]{3,24}");
    private static final Pattern BLUESKY_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,16}[a-z0-9])?");
    private static final Pattern MASTODON = Pattern.compile("[a-z0-9_]{1,30}");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    /** First path segments that are site pages, not accounts (x.com/search, instagram.com/explore, ...). */
    private static final Set<String> RESERVED_PATHS = Set.of("search", "explore", "home", "i", "settings", "p",
            "reel", "reels", "stories", "accounts", "login", "signup", "hashtag", "notifications", "messages", "about",
            "direct", "watch", "results", "discover", "tag", "tags", "intent", "share", "privacy", "legal");

    private PlatformHandles() {
    }

    /** True when the platform would accept this handle (lower case, without '@'). */
    public static boolean isValid(Platform platform, String handle) {
        if (handle == null || handle.isEmpty() || handle.length() > 64) {
            return false;
        }
        return switch (platform) {
            case INSTAGRAM, THREADS -> INSTAGRAM.matcher(handle).matches();
            case TIKTOK -> TIKTOK.matcher(handle).matches();
            case X -> X.matcher(handle).matches();
            case YOUTUBE -> YOUTUBE.matcher(handle).matches();
            case TWITCH -> TWITCH.matcher(handle).matches();
            case BLUESKY -> BLUESKY_LABEL.matcher(handle).matches();
            case MASTODON -> MASTODON.matcher(handle).matches();
            case WEB -> DOMAIN_LABEL.matcher(handle).matches();
        };
    }

    /** The characters a handle may contain on this platform, for generators that substitute characters. */
    static String alphabet(Platform platform) {
        return switch (platform) {
            case INSTAGRAM, THREADS, TIKTOK -> "abcdefghijklmnopqrstuvwxyz0123456789._";
            case X, TWITCH, MASTODON -> "abcdefghijklmnopqrstuvwxyz0123456789_";
            case YOUTUBE -> "abcdefghijklmnopqrstuvwxyz0123456789._-";
            case BLUESKY, WEB -> "abcdefghijklmnopqrstuvwxyz0123456789-";
        };
    }

    /**
     * The public profile URLs where an account with this handle would live; empty when the handle is not valid there
     * or the platform has no single home (Mastodon handles need an instance: give {@code user@instance.social}).
     */
    public static List<String> candidateProfileUrls(Platform platform, String handle) {
        if (handle == null) {
            return List.of();
        }
        String h = handle.strip().toLowerCase(Locale.ROOT);
        h = h.startsWith("@") ? h.substring(1) : h;
        if (platform == Platform.MASTODON) {
            return mastodon(h).map(List::of).orElse(List.of());
        }
        if (platform == Platform.BLUESKY && h.endsWith(".bsky.social")) {
            h = h.substring(0, h.length() - ".bsky.social".length());
        }
        if (!isValid(platform, h)) {
            return List.of();
        }
        return switch (platform) {
            case INSTAGRAM -> List.of("https://www.instagram.com/" + h + "/");
            case THREADS -> List.of("https://www.threads.net/@" + h);
            case TIKTOK -> List.of("https://www.tiktok.com/@" + h);
            case X -> List.of("https://x.com/" + h);
            case YOUTUBE -> List.of("https://www.youtube.com/@" + h);
            case TWITCH -> List.of("https://www.twitch.tv/" + h);
            case BLUESKY -> List.of("https://bsky.app/profile/" + h + ".bsky.social");
            case MASTODON, WEB -> List.of();
        };
    }

    /**
     * The handle a profile URL names, the inverse of {@link #candidateProfileUrls}: {@code instagram.com/h/},
     * {@code tiktok.com/@h}, {@code x.com/h}, {@code youtube.com/@h}, {@code twitch.tv/h}, {@code threads.net/@h},
     * {@code bsky.app/profile/h.bsky.social}, {@code instance/@user} for Mastodon. Lower case, without '@'; empty when
     * the path names no account the platform would accept (a post, a search page, a hostile string).
     */
    public static Optional<String> handleFromUrl(Platform platform, java.net.URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String[] segments = java.util.Arrays.stream(path.split("/")).filter(x -> !x.isEmpty()).toArray(String[]::new);
        if (segments.length == 0) {
            return Optional.empty();
        }
        String h = switch (platform) {
            case BLUESKY -> segments.length >= 2 && segments[0].equals("profile") ? segments[1] : null;
            case MASTODON, WEB -> segments[0].startsWith("@") ? segments[0] + "@" + url.getHost() : null;
            default -> segments.length == 1 || (segments.length == 2 && platform == Platform.YOUTUBE
                    && Set.of("featured", "videos", "about").contains(segments[1])) ? segments[0] : null;
        };
        if (h == null || RESERVED_PATHS.contains(h.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        h = h.toLowerCase(Locale.ROOT);
        h = h.startsWith("@") ? h.substring(1) : h;
        if (platform == Platform.BLUESKY && h.endsWith(".bsky.social")) {
            h = h.substring(0, h.length() - ".bsky.social".length());
        }
        if (platform == Platform.MASTODON || platform == Platform.WEB) {
            return mastodon(h).isPresent() ? Optional.of(h) : Optional.empty();
        }
        return isValid(platform, h) ? Optional.of(h) : Optional.empty();
    }

    private static Optional<String> mastodon(String h) {
        int at = h.indexOf('@');
        if (at <= 0 || at != h.lastIndexOf('@')) {
            return Optional.empty();
        }
        String user = h.substring(0, at);
        String instance = h.substring(at + 1);
        String[] labels = instance.split("\\.", -1);
        if (!MASTODON.matcher(user).matches() || labels.length < 2 || instance.length() > 253) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of("https://" + instance + "/@" + user);
    }
}
