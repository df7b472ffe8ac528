package dev.creatorwatch.parse.generic;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
        int[] visited = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (visited[0]++ > MAX_NODES) {
                    return;
                }
                String text = null;
                if (node instanceof TextNode t) {
                    text = t.getWholeText();
                } else if (node instanceof Element e && e.hasAttr("aria-label")) {
                    text = e.attr("aria-label");
                }
                if (text != null && text.length() <= MAX_TEXT && !text.isBlank() && hasDigit(text)
                        && CountLabels.onlyCounts(text)) {
                    CountLabels.fill(b, text);
                }
            }
        }, body);
        return b.build();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
