package dev.creatorwatch.parse.generic;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.CountLabels.Field;
import dev.creatorwatch.parse.CountLabels.Item;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Last resort for counts on sites no adapter knows: short visible texts that are nothing but a labelled count, such
 * as Dribbble's "10,472 followers" or Telegram's "2 805 members", and {@code aria-label}s of the same shape. Only runs
 * while counts are still missing. The candidate texts come from the page's one indexing walk
 * ({@link Page#countTexts()}); those the account owner may have written are skipped ({@link OwnerWrittenText}). A
 * count shown twice with different numbers stays unknown: one of them is an owner's claim the placement did not give
 * away, or another account's count (a "who to follow" card), and which one cannot be told.
 */
public final class VisibleCountSource implements ProfileSource {

    @Override
    public String name() {
        return "visible-counts";
    }

    @Override
    public boolean useful(Profile soFar) {
        return soFar.followers() == null || soFar.following() == null || soFar.posts() == null;
    }

    @Override
    public Profile read(Page page) {
        OwnerWrittenText owner = OwnerWrittenText.of(page);
        List<Item> items = new ArrayList<>();
        for (Page.ShortText text : page.countTexts()) {
            if (!CountLabels.onlyCounts(text.text())) {
                continue;
            }
            List<Item> counts = CountLabels.items(text.text());
            if (!owner.mayHaveWritten(text.node(), counts)) {
                items.addAll(counts);
            }
        }
        Profile.Builder b = Profile.builder();
        CountLabels.fill(b, CountLabels.agreed(items, EnumSet.allOf(Field.class)));
        return b.build();
    }
}
