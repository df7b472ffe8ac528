package dev.creatorwatch.parse.platform;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Twitch channel pages: the rendered channel header (display name in the {@code h1}, the "Verified Partner" badge)
 * and the about panel's "19.2M followers". Names and bio otherwise come from Open Graph ("ninja - Twitch").
 */
public final class TwitchSource implements ProfileSource {

    private static final Evaluator HEADER = Selector.evaluatorOf(
            ".channel-info-content, [data-a-target=channel-header]");
    private static final Evaluator NAME = Selector.evaluatorOf("h1");
    private static final Evaluator BADGE = Selector.evaluatorOf(
            "[aria-label=Verified Partner], [data-a-target=partner-badge]");
    private static final Evaluator FOLLOWERS = Selector.evaluatorOf(
            "[data-a-target=followers-count], .about-section span");

    @Override
    public String name() {
        return "twitch";
    }

    @Override
    public Profile read(Page page) {
        Element header = page.document().selectFirst(HEADER);
        if (header == null) {
            return null;
        }
        Profile.Builder b = Profile.builder();
        Element name = header.selectFirst(NAME);
        if (name != null && !name.text().isBlank()) {
            b.displayName(name.text().strip());
        }
        b.verified(header.selectFirst(BADGE) != null);
        for (Element e : page.document().select(FOLLOWERS)) {
            CountLabels.fill(b, e.text());
        }
        return b.build();
    }
}
