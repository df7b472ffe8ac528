package dev.creatorwatch.parse.generic;

import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * microformats2 {@code h-card}: the page's own card (the first one not nested in a post, so an author card inside
 * an {@code h-entry} is not taken for the profile). Mastodon and IndieWeb sites mark their profile headers this way.
 */
public final class HCardSource implements ProfileSource {

    private static final Evaluator ENTRY = Selector.evaluatorOf(".h-entry");

    @Override
    public String name() {
        return "h-card";
    }

    @Override
    public Profile read(Page page) {
        Element card = null;
        for (Element candidate : page.hCards()) {
            if (candidate.closest(ENTRY) == null) {
                card = candidate;
                break;
            }
        }
        if (card == null) {
            return null;
        }
        Profile.Builder b = Profile.builder();
        b.displayName(text(card, "p-name"));
        b.handle(OpenGraphSource.stripAt(text(card, "p-nickname")));
        String note = text(card, "p-note");
        b.bio(note != null ? note : text(card, "e-note"));
        Element photo = card.getElementsByClass("u-photo").first();
        if (photo != null) {
            String src = photo.hasAttr("src") ? photo.absUrl("src") : photo.absUrl("href");
            b.avatarUrl(src.isBlank() ? null : src);
        }
        return b.build();
    }

    private static String text(Element card, String className) {
        Element e = card.getElementsByClass(className).first();
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? null : t;
    }
}
