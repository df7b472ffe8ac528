package dev.creatorwatch.parse.generic;

import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.CountLabels.Item;
import dev.creatorwatch.parse.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Which short texts on a site we have no adapter for the account owner may have written. The text cannot tell: "9M
 * followers" reads the same in a bio as in the site's own header, so where it stands decides. A count the site writes
 * is a UI item of its own (Dribbble's "10,472 followers" stat, Telegram's "2 805 members" line, an aria-label);
 * the owner's claims stand
 * <ul>
 * <li>in a line or a sentence of longer text, as in a bio ("Now <b>9M followers</b> on my other channel", a line
 * between {@code <br>}s): the text is not the only one of its block;</li>
 * <li>in a heading, where pages put the display name and the titles of posts;</li>
 * <li>in the name or the description the page gives for itself in its title and meta tags, which on such sites are
 * the owner's display name and bio: a text stating a count these state too is taken for theirs.</li>
 * </ul>
 * A site's count that the owner repeats in their bio is then not read either: that leaves the count unknown, never
 * wrong.
 */
final class OwnerWrittenText {

    /** Nodes looked at to tell whether a text is its block's only one: a bigger block is no single UI item. */
    private static final int MAX_BLOCK_NODES = 64;

    private static final String[] DECLARED = {"og:title", "twitter:title", "og:description", "description",
        "twitter:description"};

    /** The counts the page's title and its name and description meta tags state. */
    private final Set<Item> declared;
    private final Map<Element, Boolean> headingByElement = new IdentityHashMap<>();

    private OwnerWrittenText(Set<Item> declared) {
        this.declared = declared;
    }

    static OwnerWrittenText of(Page page) {
        Set<Item> declared = new HashSet<>(CountLabels.items(page.title()));
        for (String key : DECLARED) {
            declared.addAll(CountLabels.items(page.meta(key)));
        }
        return new OwnerWrittenText(declared);
    }

    /**
     * True when the owner may have written a text stating these counts at this node (the text node, or the element
     * whose aria-label it is), as told by where it stands (see the class comment).
     */
    boolean mayHaveWritten(Node node, List<Item> counts) {
        return !aloneInItsBlock(node) || declared(counts) || inHeading(node);
    }

    /** An aria-label is its element's whole name; a text node must be the only text of its nearest block. */
    private static boolean aloneInItsBlock(Node node) {
        if (!(node instanceof TextNode text)) {
            return true;
        }
        Element block = text.parentElement();
        while (block != null && !block.isBlock()) {
            block = block.parent();
        }
        if (block == null) {
            return false;
        }
        Iterator<Node> nodes = block.nodeStream().iterator();
        for (int seen = 0; nodes.hasNext(); seen++) {
            Node n = nodes.next();
            if (seen == MAX_BLOCK_NODES || n != text && n instanceof TextNode other && !other.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the node is, or stands in, a heading. The answer for each element on the way up is kept: candidate texts
     * share most of their ancestors, and walking up a deep page afresh for each of thousands of them adds up.
     */
    private boolean inHeading(Node node) {
        List<Element> unknown = new ArrayList<>();
        boolean heading = false;
        for (Element e = node instanceof Element self ? self : node.parentElement(); e != null; e = e.parent()) {
            Boolean known = headingByElement.get(e);
            if (known != null) {
                heading = known;
                break;
            }
            unknown.add(e);
        }
        for (int i = unknown.size() - 1; i >= 0; i--) {
            Element e = unknown.get(i);
            heading |= isHeading(e);
            headingByElement.put(e, heading);
        }
        return heading;
    }

    private static boolean isHeading(Element e) {
        String name = e.normalName();
        boolean tag = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        return tag || e.attr("role").equals("heading");
    }

    /** One of the counts is one the page's name or description states too. */
    private boolean declared(List<Item> counts) {
        for (Item item : counts) {
            if (declared.contains(item)) {
                return true;
            }
        }
        return false;
    }
}
