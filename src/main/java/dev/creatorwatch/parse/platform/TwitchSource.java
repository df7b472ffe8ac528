package dev.creatorwatch.parse.platform;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import org.jsoup.nodes.Element;

/**
 * Twitch channel pages: the rendered channel header (display name in the {@code h1}, the "Verified Partner" badge)
 * and the about panel's "19.2M followers". Names and bio otherwise come from Open Graph ("ninja - Twitch").
 */
public final class TwitchSource implements ProfileSource {

    @Override
    public String name() {
        return "twitch";
    }

    @Override
    public Profile read(Page page) {
        Element header = page.document().selectFirst(".channel-info-content, [data-a-target=channel-header]");
        if (header == null) {
            return null;
        }
        Profile.Builder b = Profile.builder();
        Element name = header.selectFirst("h1");
        if (name != null && !name.text().isBlank()) {
            b.displayName(name.text().strip());
        }
        b.verified(header.selectFirst("[aria-label=Verified Partner], [data-a-target=partner-badge]") != null);
        for (Element e : page.document().select("[data-a-target=followers-count], .about-section span")) {
            CountLabels.fill(b, e.text());
        }
        return b.build();
    }
}
