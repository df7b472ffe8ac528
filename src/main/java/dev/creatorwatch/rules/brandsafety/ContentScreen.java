package dev.creatorwatch.rules.brandsafety;

import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Runs a lexicon over the screened parts of a profile. Null fields are unknown and simply not screened. */
public final class ContentScreen {

    private final Lexicon lexicon;

    public ContentScreen(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<FieldMatch> screen(Profile profile, Set<ContentField> fields, int maxPosts) {
        List<FieldMatch> out = new ArrayList<>();
        if (profile == null) {
            return out;
        }
        if (fields.contains(ContentField.NAME)) {
            add(out, "the display name", null, profile.displayName());
        }
        if (fields.contains(ContentField.BIO)) {
            add(out, "the bio", null, profile.bio());
        }
        if (fields.contains(ContentField.LINK)) {
            add(out, "the external link", null, linkText(profile.externalUrl()));
        }
        if (fields.contains(ContentField.POSTS)) {
            List<Post> posts = profile.recentPosts();
            for (int i = 0; i < Math.min(maxPosts, posts.size()); i++) {
                Post p = posts.get(i);
                if (p != null) {
                    add(out, "post " + (i + 1) + "'s caption", p.url(), p.caption());
                }
            }
        }
        return out;
    }

    private void add(List<FieldMatch> out, String where, String url, String text) {
        for (TermMatch m : lexicon.find(text)) {
            out.add(new FieldMatch(where, url, m));
        }
    }

    /**
     * The words of a link: scheme and "www." dropped and percent-escapes decoded, so "https://x.com/buy%20weed"
     * reads "x.com/buy weed". A broken escape leaves the link as it is.
     */
    /** A link's scheme, then a leading "www."; compiled once (replaceFirst compiles its pattern on every call). */
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://");
    private static final Pattern WWW = Pattern.compile("(?i)^www\\.");

    static String linkText(String url) {
        if (url == null) {
            return null;
        }
        String s = WWW.matcher(SCHEME.matcher(url.strip()).replaceFirst("")).replaceFirst("");
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
