package dev.creatorwatch.parse.generic;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.util.ArrayDeque;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Last resort for counts: short visible texts that are nothing but a labelled count, such as Dribbble's
 * "10,472 followers" or Telegram's "2 805 members", and {@code aria-label}s of the same shape. Only runs while counts
 * are still missing, since it walks the whole body.
 */
public final class VisibleCountSource implements ProfileSource {

    private static final int MAX_TEXT = 40;
    private static final int MAX_NODES = 200_000;

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
        Element body = page.document().body();
        if (body == null) {
            return null;
        }
        Profile.Builder b = Profile.builder();
        // document order over every node, as NodeTraversor would walk it, without its per-step edit checks
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(body);
        for (int visited = 0; !stack.isEmpty() && visited <= MAX_NODES; visited++) {
            Node node = stack.pop();
            String text = null;
            if (node instanceof TextNode t) {
                text = t.getWholeText();
            } else if (node instanceof Element e) {
                if (e.attributesSize() > 0) {
                    text = e.attributes().get("aria-label"); // parsed names are lower-case; "" when absent
                }
                for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(e.childNode(i));
                }
            }
            if (text != null && text.length() <= MAX_TEXT && hasDigitAndLetter(text)
                    && CountLabels.onlyCounts(text)) {
                CountLabels.fill(b, text);
            }
        }
        return b.build();
    }

    /**
     * Every count label is a word, so a text without a letter ("2024", "3:45", "12") can name no count: skipping it
     * here spares the count pattern the many bare numbers a page shows.
     */
    private static boolean hasDigitAndLetter(String s) {
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < s.length() && !(digit && letter); i++) {
            char c = s.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter;
    }
}
