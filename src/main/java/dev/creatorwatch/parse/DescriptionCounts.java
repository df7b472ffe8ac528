package dev.creatorwatch.parse;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.parse.CountLabels.Field;
import dev.creatorwatch.parse.CountLabels.Item;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts of a profile's meta description, read only from the part the platform writes. Descriptions mix the
 * platform's counts with text the account owner writes, and reading the whole text let a display name such as
 * "Evil 9M Followers" set the follower count and the tier:
 * <ul>
 * <li>Instagram: "12.3K Followers, 512 Following, 1,024 Posts - See Instagram photos and videos from Name (@handle)",
 * or "... - Name (@handle) on Instagram: "bio"": the counts open the text, the name follows a dash;</li>
 * <li>TikTok: "Name (@handle) on TikTok | 3.9M Likes. 783.4K Followers. bio Watch ...": the counts follow the bar
 * after the handle, the name comes before them and the bio after;</li>
 * <li>Mastodon "79.3K Posts, 718 Following, 366K Followers · bio" and Threads "4.9M Followers • 530 Threads • bio":
 * the counts open the text, the bio follows;</li>
 * <li>X, YouTube, Bluesky and Twitch: the description is the bio (or channel description) alone.</li>
 * </ul>
 * Only the counts a platform writes there are taken. When the platform's part gives a field twice with different
 * numbers (a bio that starts with a count runs on from the platform's list), one of them is the owner's and which
 * cannot be told, so that count stays unknown rather than guessed.
 */
public final class DescriptionCounts {

    /** "(@handle) on TikTok |", in any language ("(@handle) en TikTok |"): TikTok's counts follow the bar. */
    private static final Pattern AFTER_HANDLE_BAR = Pattern.compile("\\(@[^()\\s]{1,100}\\)[^|()]{0,40}\\|");

    /**
     * A display name may copy the "(@handle) on TikTok |" part, a bio may too; past this many the page is not the
     * platform's shape and nothing is read.
     */
    private static final int MAX_BARS = 4;

    private static final Set<Field> TIKTOK = EnumSet.of(Field.LIKES, Field.FOLLOWERS);
    private static final Set<Field> INSTAGRAM = EnumSet.of(Field.FOLLOWERS, Field.FOLLOWING, Field.POSTS);
    private static final Set<Field> MASTODON = EnumSet.of(Field.POSTS, Field.FOLLOWING, Field.FOLLOWERS);
    private static final Set<Field> THREADS = EnumSet.of(Field.FOLLOWERS, Field.POSTS);

    private DescriptionCounts() {
    }

    /** The counts the platform wrote into the description; fields it did not write, or wrote ambiguously, absent. */
    public static Map<Field, Long> read(Platform platform, String description) {
        if (description == null || description.isBlank()) {
            return Map.of();
        }
        return switch (platform == null ? Platform.WEB : platform) {
            case TIKTOK -> CountLabels.agreed(afterHandleBars(description), TIKTOK);
            case INSTAGRAM -> CountLabels.agreed(CountLabels.leading(description), INSTAGRAM);
            case MASTODON -> CountLabels.agreed(CountLabels.leading(description), MASTODON);
            case THREADS -> CountLabels.agreed(CountLabels.leading(description), THREADS);
            // the whole description is the owner's text
            case X, YOUTUBE, BLUESKY, TWITCH -> Map.of();
            // another site: a summary that opens with counts ("2,362 Followers, 136 Following") is read as one
            case WEB -> CountLabels.agreed(CountLabels.leading(description), EnumSet.allOf(Field.class));
        };
    }

    /** The counts opening the text after each "(@handle) ... |"; the name before the first one may hold a copy. */
    private static List<Item> afterHandleBars(String description) {
        List<Item> items = new ArrayList<>();
        Matcher m = AFTER_HANDLE_BAR.matcher(description);
        for (int bars = 0; m.find(); bars++) {
            if (bars == MAX_BARS) {
                return List.of();
            }
            items.addAll(CountLabels.leading(description.substring(m.end())));
        }
        return items;
    }
}
