package dev.creatorwatch.parse.platform;

import dev.creatorwatch.parse.CountText;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * X (Twitter), browser-rendered profile DOM. Counts come from JSON-LD (generic source); this adds the verified badge
 * and the timeline's posts. The badge must sit inside the profile's own {@code UserName} block: a reposted or quoted
 * author's badge further down the page says nothing about this account. Posts are the account's own (status link
 * under its handle), with the action group's aria-label "10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views".
 */
public final class XSource implements ProfileSource {

    private static final Pattern STATUS = Pattern.compile("^/([A-Za-z0-9_]{1,50})/status/(\\d+)");
    private static final Pattern ACTION_COUNT = Pattern.compile("(\\d[\\d,.]*\\s*[KMkm]?)\\s+(repl|repost|like|view)");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final int MAX_POSTS = 20;
    private static final Evaluator OWN_BADGE = Selector.evaluatorOf(
            "[aria-label=Verified account], [data-testid=icon-verified]");
    private static final Evaluator ACTION_GROUP = Selector.evaluatorOf("[role=group][aria-label]");
    private static final Evaluator TIME = Selector.evaluatorOf("time[datetime]");
    private static final Evaluator TWEET_TEXT = Selector.evaluatorOf("[data-testid=tweetText]");

    @Override
    public String name() {
        return "x";
    }

    @Override
    public Profile read(Page page) {
        Profile.Builder b = Profile.builder();
        Element userName = page.byTestId("UserName").stream().findFirst().orElse(null);
        if (userName != null) {
            b.verified(userName.selectFirst(OWN_BADGE) != null);
            for (Element span : userName.getElementsByTag("span")) {
                String t = span.ownText().strip();
                if (t.startsWith("@") && t.length() > 1 && !t.contains(" ")) {
                    b.handle(t.substring(1));
                    break;
                }
            }
        }
        String handle = b.build().handle();
        if (handle == null) {
            handle = page.meta("og:url") == null ? null : lastSegment(page.meta("og:url"));
        }
        b.recentPosts(posts(page, handle));
        return b.build();
    }

    private static List<Post> posts(Page page, String handle) {
        List<Post> posts = new ArrayList<>();
        for (Element article : page.byTestId("tweet")) {
            if (posts.size() >= MAX_POSTS) {
                break;
            }
            TweetParts tweet = new TweetParts(article);
            if (tweet.id == null || handle != null && !tweet.author.equalsIgnoreCase(handle)) {
                continue;
            }
            Map<String, Long> counts = tweet.group == null ? Map.of() : actionCounts(tweet.group.attr("aria-label"));
            posts.add(new Post(tweet.id, "https://x.com/" + tweet.author + "/status/" + tweet.id, instant(tweet.time),
                    counts.get("like"), counts.get("repl"), counts.get("view"),
                    tweet.text == null ? null : tweet.text.text()));
        }
        return posts;
    }

    /**
     * The first status link, action group, timestamp and text of one tweet, in document order, found in one walk
     * over its subtree that stops once all four are found (rather than a walk per part). Each selector is tried only
     * where a cheap exact look-up says it can match (parsed attribute names are lower-case), since a timeline holds
     * thousands of elements that are none of the four.
     */
    private static final class TweetParts {
        String author;
        String id;
        Element group;
        Element time;
        Element text;

        TweetParts(Element article) {
            ArrayDeque<Element> pending = new ArrayDeque<>();
            pending.push(article);
            while (!pending.isEmpty() && (id == null || group == null || time == null || text == null)) {
                Element e = pending.pop();
                visit(article, e);
                for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                    if (e.childNode(i) instanceof Element child) {
                        pending.push(child);
                    }
                }
            }
        }

        private void visit(Element article, Element e) {
            if (id == null && e.nameIs("a")) {
                Matcher m = STATUS.matcher(e.attr("href"));
                if (m.find()) {
                    author = m.group(1);
                    id = m.group(2);
                }
            }
            if (e.attributesSize() == 0) {
                return;
            }
            Attributes attributes = e.attributes();
            group = group == null && attributes.hasKey("role") && ACTION_GROUP.matches(article, e) ? e : group;
            time = time == null && e.nameIs("time") && TIME.matches(article, e) ? e : time;
            text = text == null && attributes.hasKey("data-testid") && TWEET_TEXT.matches(article, e) ? e : text;
        }
    }

    /** "10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views" by the English action word's stem. */
    static Map<String, Long> actionCounts(String label) {
        Map<String, Long> counts = new HashMap<>();
        Matcher m = ACTION_COUNT.matcher(label.length() > 500 ? label.substring(0, 500) : label);
        while (m.find()) {
            CountText.parse(m.group(1))
                    .ifPresent(v -> counts.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), v));
        }
        return counts;
    }

    private static Instant instant(Element time) {
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time.attr("datetime"));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String lastSegment(String url) {
        String trimmed = TRAILING_SLASHES.matcher(url).replaceAll("");
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? null : trimmed.substring(slash + 1);
    }
}
