package dev.creatorwatch.parse.generic;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.DescriptionCounts;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.net.URI;
import org.jsoup.nodes.Element;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open Graph, Twitter-card and plain meta tags: display name and handle from titles such as
 * "Pluto (@pluto__travel) • Instagram photos and videos", handle hints from {@code profile:username} and
 * {@code al:ios:url}, counts from the part of the description the platform writes ("2,362 Followers, 136 Following",
 * never the display name or bio around it: see {@link DescriptionCounts}), and the description as bio when it is not
 * just counts. All counts here are display text, possibly rounded.
 */
public final class OpenGraphSource implements ProfileSource {

    /** "Name (@handle) ..." as Instagram, TikTok, X, Bluesky and Threads title their profiles. */
    private static final Pattern NAME_AT_HANDLE = Pattern.compile("^(.*?)\\s*\\(@([^()\\s]{1,100})\\)");
    /** A trailing " | Site", " - YouTube", " / X", " • Instagram..." naming the site. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|•·/\\-—–:]\\s+([^|•·/]{1,60})$");
    private static final Pattern KNOWN_SITES = Pattern.compile(
            "(?i).*\\b(instagram|tiktok|youtube|x|twitter|twitch|threads|bluesky|mastodon|dribbble|spotify|telegram)\\b.*");
    private static final Pattern HANDLE_PARAM = Pattern.compile(
            "[?&](?:username|screen_name|domain|user|id)=([A-Za-z0-9_.\\-]{1,100})");
    private static final Pattern OUTER_SLASHES = Pattern.compile("^/+|/+$");
    private static final Pattern TELEGRAM_TITLE = Pattern.compile("^Telegram: Contact @(\\S+)$");

    @Override
    public String name() {
        return "open-graph";
    }

    @Override
    public Profile read(Page page) {
        Profile.Builder b = Profile.builder();
        String title = page.firstMeta("og:title", "twitter:title");
        if (title == null) {
            title = page.title();
        }
        readTitle(title, page.meta("og:site_name"), b);
        b.handle(firstNonNull(b.build().handle(), handleHint(page)));
        String description = page.firstMeta("og:description", "description", "twitter:description");
        if (description != null) {
            CountLabels.fill(b, DescriptionCounts.read(page.platform(), description));
            if (!describesCounts(b.build()) && !CountLabels.onlyCounts(description)) {
                b.bio(description);
            }
        }
        b.avatarUrl(page.firstMeta("og:image", "twitter:image"));
        Element html = page.document().firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        b.language(lang.isBlank() ? null : lang);
        return b.build();
    }

    /** A description that carried counts is a summary line, not the bio (adapters split bios out of those). */
    private static boolean describesCounts(Profile p) {
        return p.followers() != null || p.following() != null || p.posts() != null || p.totalLikes() != null;
    }

    static void readTitle(String title, String siteName, Profile.Builder b) {
        if (title == null || title.isBlank() || title.length() > 500) {
            return;
        }
        Matcher m = NAME_AT_HANDLE.matcher(title);
        if (m.find()) {
            b.displayName(m.group(1).isBlank() ? null : m.group(1).strip());
            b.handle(m.group(2));
            return;
        }
        Matcher tg = TELEGRAM_TITLE.matcher(title);
        if (tg.matches()) {
            b.handle(tg.group(1));
            return;
        }
        String name = title.strip();
        Matcher suffix = SITE_SUFFIX.matcher(name);
        if (suffix.find() && suffix.start() > 0 && (KNOWN_SITES.matcher(suffix.group(1)).matches()
                || siteName != null && suffix.group(1).strip().equalsIgnoreCase(siteName.strip()))) {
            name = name.substring(0, suffix.start()).strip();
        }
        b.displayName(name);
    }

    static String handleHint(Page page) {
        String username = page.meta("profile:username");
        if (username != null) {
            return stripAt(username);
        }
        String app = page.firstMeta("al:ios:url", "al:android:url");
        if (app != null) {
            Matcher m = HANDLE_PARAM.matcher(app);
            if (m.find()) {
                return m.group(1);
            }
        }
        return singlePathSegment(page.meta("og:url"));
    }

    /** "https://dribbble.com/phenomenonstudio" and "https://x.com/@name" give their only path segment. */
    static String singlePathSegment(String url) {
        if (url == null) {
            return null;
        }
        try {
            String path = URI.create(url.strip()).getPath();
            if (path == null) {
                return null;
            }
            String trimmed = OUTER_SLASHES.matcher(path).replaceAll("");
            return trimmed.isEmpty() || trimmed.contains("/") ? null : stripAt(trimmed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String stripAt(String handle) {
        if (handle == null) {
            return null;
        }
        String h = handle.strip();
        return h.startsWith("@") ? h.substring(1) : h;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
