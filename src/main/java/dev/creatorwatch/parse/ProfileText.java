package dev.creatorwatch.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Last pass over what the sources read, so nothing hostile reaches storage: handles lose invisible characters and
 * must look like handles; names and bios lose control characters and are capped; links must be http(s) or
 * scheme-less ("twitch.tv/x"), never {@code javascript:}. Bidi and zero-width characters stay in names and bios on
 * purpose: they are evidence for the impersonation checks, and the UI isolates them when it shows them.
 */
final class ProfileText {

    private static final int MAX_NAME = 200;
    private static final int MAX_BIO = 5_000;
    private static final int MAX_URL = 2_000;
    private static final int MAX_POSTS = 50;
    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}_.\\-@:]{1,100}");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]*:");

    private ProfileText() {
    }

    static Profile clean(Profile p) {
        List<Post> posts = p.recentPosts().size() > MAX_POSTS ? p.recentPosts().subList(0, MAX_POSTS) : p.recentPosts();
        return p.toBuilder()
                .handle(handle(p.handle()))
                .displayName(text(p.displayName(), MAX_NAME))
                .bio(text(p.bio(), MAX_BIO))
                .externalUrl(url(p.externalUrl()))
                .avatarUrl(url(p.avatarUrl()))
                .language(p.language() == null || p.language().length() > 35 ? null : p.language())
                .recentPosts(posts.stream().map(ProfileText::post).toList())
                .build();
    }

    private static Post post(Post post) {
        return new Post(text(post.id(), 200), url(post.url()), post.publishedAt(), post.likes(), post.comments(),
                post.views(), text(post.caption(), MAX_BIO));
    }

    static String handle(String handle) {
        if (handle == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(handle.length());
        for (int i = 0; i < handle.length(); ) {
            int c = handle.codePointAt(i);
            if (Character.getType(c) != Character.FORMAT && !Character.isWhitespace(c)) {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        String h = sb.toString();
        h = h.startsWith("@") ? h.substring(1) : h;
        return HANDLE.matcher(h).matches() ? h : null;
    }

    static String text(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                sb.append(c);
            }
        }
        if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
        String t = sb.toString().strip();
        return t.isEmpty() ? null : t;
    }

    static String url(String url) {
        if (url == null || url.length() > MAX_URL || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (SCHEME.matcher(u).find()) {
            String lower = u.toLowerCase(Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://") ? u : null;
        }
        return u.contains(" ") ? null : u;
    }
}
