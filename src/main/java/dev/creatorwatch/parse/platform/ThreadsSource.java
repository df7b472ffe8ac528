package dev.creatorwatch.parse.platform;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.DescriptionCounts;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Threads profile pages: the description "4.9M Followers • 530 Threads • bio. See the latest conversations with
 * @zuck." (counts and bio as bullet-separated parts, then a fixed sentence that is not part of the bio) and the
 * "Verified" badge beside the profile name in the header.
 */
public final class ThreadsSource implements ProfileSource {

    private static final Pattern BOILERPLATE = Pattern.compile("\\s*See the latest conversations with @\\S+?\\.?\\s*$");

    private static final Evaluator HEADER = Selector.evaluatorOf("header, [role=main]");
    private static final Evaluator HEADING = Selector.evaluatorOf("h1, h2");
    private static final Evaluator BADGE = Selector.evaluatorOf("[aria-label=Verified], svg[aria-label=Verified]");

    @Override
    public String name() {
        return "threads";
    }

    @Override
    public Profile read(Page page) {
        Profile.Builder b = Profile.builder();
        String description = page.firstMeta("og:description", "description");
        if (description != null) {
            // counts only from the platform's leading parts: a bio part such as "9M Likes" is the owner's text
            CountLabels.fill(b, DescriptionCounts.read(Platform.THREADS, description));
            List<String> bio = new ArrayList<>();
            for (String part : description.split(" • ")) {
                if (!CountLabels.onlyCounts(part)) {
                    bio.add(part);
                }
            }
            String text = BOILERPLATE.matcher(String.join(" • ", bio)).replaceFirst("").strip();
            b.bio(text.isEmpty() ? null : text);
        }
        Element header = page.document().selectFirst(HEADER);
        if (header != null && header.selectFirst(HEADING) != null) {
            b.verified(header.selectFirst(BADGE) != null);
        }
        return b.build();
    }
}
