package dev.creatorwatch.creator;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Platforms whose public profile pages we read. {@link #WEB} is any other site (read with the generic parsers). */
public enum Platform {
    INSTAGRAM("instagram.com"),
    TIKTOK("tiktok.com"),
    YOUTUBE("youtube.com"),
    X("x.com", "twitter.com"),
    MASTODON(),
    BLUESKY("bsky.app"),
    TWITCH("twitch.tv"),
    THREADS("threads.net", "threads.com"),
    WEB();

    private final String[] hosts;

    Platform(String... hosts) {
        this.hosts = hosts;
    }

    /** Case-insensitive lookup by name; empty for unknown names so callers can report them as a field error. */
    public static Optional<Platform> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The platform a URL belongs to by its host; Mastodon instances are many, so they are only known when declared. */
    public static Platform ofUrl(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        for (Platform p : values()) {
            for (String h : p.hosts) {
                if (host.equals(h) || host.endsWith("." + h)) {
                    return p;
                }
            }
        }
        return WEB;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
