package dev.creatorwatch.parse.generic;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;

/**
 * Last resort for counts: short visible texts that are nothing but a labelled count, such as Dribbble's
 * "10,472 followers" or Telegram's "2 805 members", and {@code aria-label}s of the same shape. Only runs while counts
 * are still missing. The candidate texts come from the page's one indexing walk ({@link Page#countTexts()}).
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
        Profile.Builder b = Profile.builder();
        for (String text : page.countTexts()) {
            if (CountLabels.onlyCounts(text)) {
                CountLabels.fill(b, text);
            }
        }
        return b.build();
    }
}
