package dev.creatorwatch.parse.platform;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.CountLabels.Field;
import dev.creatorwatch.parse.CountLabels.Item;
import dev.creatorwatch.parse.CountText;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Twitch channel pages: the rendered channel header (display name in the {@code h1}, the "Verified Partner" badge)
 * and the follower count Twitch marks as {@code data-a-target="followers-count"} ("19.2M", beside the word
 * "followers"). The about section around that count also holds the channel's description, its panels and their link
 * titles, all written by the channel owner ("Now 9M followers on my other channel"), so nothing else there is read for
 * counts. Names and bio otherwise come from Open Graph ("ninja - Twitch").
 */
public final class TwitchSource implements ProfileSource {

    private static final Evaluator HEADER = Selector.evaluatorOf(
            ".channel-info-content, [data-a-target=channel-header]");
    private static final Evaluator NAME = Selector.evaluatorOf("h1");
    private static final Evaluator BADGE = Selector.evaluatorOf(
            "[aria-label=Verified Partner], [data-a-target=partner-badge]");
    private static final Evaluator FOLLOWERS = Selector.evaluatorOf("[data-a-target=followers-count]");

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
        CountLabels.fill(b, followers(page));
        return b.build();
    }

    /**
     * The marked count, a mark the owner's panel markdown cannot set: a bare number ("19.2M") or one that says it
     * counts followers. Should the page mark two different numbers, which one is this channel's cannot be told.
     */
    private static Map<Field, Long> followers(Page page) {
        List<Item> items = new ArrayList<>();
        for (Element e : page.document().select(FOLLOWERS)) {
            String text = e.text();
            Optional<Long> bare = CountText.parse(text);
            if (bare.isPresent()) {
                items.add(new Item(Field.FOLLOWERS, bare.get()));
            } else if (CountLabels.onlyCounts(text)) {
                items.addAll(CountLabels.items(text));
            }
        }
        return CountLabels.agreed(items, EnumSet.of(Field.FOLLOWERS));
    }
}
