package dev.creatorwatch.testing;

import java.util.Locale;

/** Small profile pages in the shapes real sites serve, for pipeline and API tests. */
public final class ProfilePages {

    private ProfilePages() {
    }

    /** An Instagram-style page: counts in og:description, recent posts' likes in JSON-LD-free markup are absent. */
    public static String metaCounts(String name, String handle, long followers, long following, long posts) {
        String d = String.format(Locale.ROOT, "%,d Followers, %,d Following, %,d Posts - See photos from %s (@%s)",
                followers, following, posts, name, handle);
        return "<html><head><meta property=\"og:title\" content=\"" + name + " (@" + handle + ")\">"
                + "<meta property=\"og:description\" content=\"" + d + "\"></head><body></body></html>";
    }

    /** A schema.org ProfilePage with exact interaction counters. */
    public static String jsonLd(String name, String handle, long followers, long posts) {
        return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"ProfilePage\",\"mainEntity\":{\"@type\":\"Person\",\"name\":\"" + name + "\","
                + "\"alternateName\":\"" + handle + "\",\"interactionStatistic\":["
                + "{\"@type\":\"InteractionCounter\",\"interactionType\":\"https://schema.org/FollowAction\","
                + "\"userInteractionCount\":" + followers + "},"
                + "{\"@type\":\"InteractionCounter\",\"interactionType\":\"https://schema.org/WriteAction\","
                + "\"userInteractionCount\":" + posts + "}]}}</script></head><body></body></html>";
    }
}
