package dev.creatorwatch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.creator.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One parsed page handed to every source, so the HTML is parsed once and the meta tags, scripts and ld+json blocks
 * are collected once however many sources look at them.
 */
public final class Page {

    /** Longest visible text that may be a labelled count; anything longer is prose. */
    static final int MAX_COUNT_TEXT = 40;
    /** Body nodes looked at for count texts; the rest of a giant page is not a profile header. */
    static final int MAX_BODY_NODES = 200_000;

    private final Platform platform;
    private final String url;
    private final Document document;
    private final int sourceLength;
    private Map<String, String> meta;
    private List<Element> scripts;
    private List<String> scriptTexts;
    private Index index;
    private List<JsonNode> ldJson;
    private String title;

    public Page(Platform platform, String url, Document document, int sourceLength) {
        this.platform = platform;
        this.url = url;
        this.document = document;
        this.sourceLength = sourceLength;
    }

    /** Length of the page source in chars; short pages may be read whole where long ones are only skimmed. */
    public int sourceLength() {
        return sourceLength;
    }

    public Platform platform() {
        return platform;
    }

    public String url() {
        return url;
    }

    public Document document() {
        return document;
    }

    /** The first non-blank content of a meta tag by property, name or itemprop (case-insensitive key). */
    public String meta(String key) {
        if (meta == null) {
            meta = new HashMap<>();
            for (Element e : index().metas) {
                String content = e.attr("content");
                if (content.isBlank()) {
                    continue;
                }
                for (String attr : new String[] {"property", "name", "itemprop"}) {
                    String k = e.attr(attr);
                    if (!k.isEmpty()) {
                        meta.putIfAbsent(k.toLowerCase(Locale.ROOT), content.strip());
                    }
                }
            }
        }
        return meta.get(key.toLowerCase(Locale.ROOT));
    }

    /** The first of several meta keys that is present. */
    public String firstMeta(String... keys) {
        for (String key : keys) {
            String v = meta(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public List<Element> scripts() {
        if (scripts == null) {
            scripts = index().scripts;
            scriptTexts = new ArrayList<>(scripts.size());
            for (Element s : scripts) {
                scriptTexts.add(scriptText(s));
            }
        }
        return scripts;
    }

    /**
     * A script's text without copying it: jsoup keeps an inline script as one data node, whose string we can hand
     * out as is ({@code Element.data()} would concatenate into a new string on every call).
     */
    private static String scriptText(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data) {
            return data.getWholeData();
        }
        return script.data();
    }

    /** The text of the script with this id, if any. */
    public Optional<String> scriptById(String id) {
        List<Element> all = scripts();
        for (int i = 0; i < all.size(); i++) {
            if (id.equals(all.get(i).id())) {
                return Optional.of(scriptTexts.get(i));
            }
        }
        return Optional.empty();
    }

    /** The text of the first inline script containing the marker. */
    public Optional<String> scriptContaining(String marker) {
        scripts();
        for (String text : scriptTexts) {
            if (TextSearch.contains(text, marker)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** Every well-formed ld+json block (top-level arrays flattened); malformed ones are skipped. */
    public List<JsonNode> ldJson() {
        if (ldJson == null) {
            ldJson = new ArrayList<>();
            List<Element> all = scripts();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).attr("type").toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                    JsonBlobs.parse(scriptTexts.get(i)).ifPresent(node -> {
                        if (node.isArray()) {
                            node.forEach(ldJson::add);
                        } else {
                            ldJson.add(node);
                        }
                    });
                }
            }
        }
        return ldJson;
    }

    public String title() {
        if (title == null) {
            Element t = index().title;
            title = t == null ? "" : t.text().strip();
        }
        return title;
    }

    /** Microformats2 {@code h-card} elements, in document order. */
    public List<Element> hCards() {
        return index().hCards;
    }

    /** Headline-like elements: h1-h3, {@code role=alert|heading}, X's {@code emptyState}. */
    public List<Element> headlines() {
        return index().headlines;
    }

    public boolean hasPasswordInput() {
        return index().passwordInput;
    }

    /** Elements by their {@code data-testid} (X and Bluesky mark their profile parts this way). */
    public List<Element> byTestId(String testId) {
        return index().byTestId.getOrDefault(testId, List.of());
    }

    /**
     * Short texts in the body that could be a labelled count ("10,472 followers", "2 805 members"): text nodes and
     * {@code aria-label}s of at most {@value #MAX_COUNT_TEXT} characters holding a digit and a letter, in document
     * order, from the first {@value #MAX_BODY_NODES} nodes of the body. Gathered in the index walk, so reading
     * visible counts costs no second walk over the page.
     */
    public List<ShortText> countTexts() {
        return index().countTexts;
    }

    /**
     * A short text the page shows, with where it stands (which tells more about who wrote it than the text can): a text
     * node, or the element whose {@code aria-label} it is.
     */
    public record ShortText(String text, Node node) {
    }

    /**
     * Everything the sources look up by tag, class or attribute, gathered in one walk over the document: each
     * separate {@code select} would walk the whole tree again, and on a 1 MB page those walks add up to a good part
     * of the parse itself.
     */
    private Index index() {
        if (index == null) {
            Index ix = new Index();
            walk(document, ix);
            index = ix;
        }
        return index;
    }

    /**
     * Visits every node once in document order with a cursor per open element: no queue of pending children, and
     * none of {@code NodeTraversor}'s per-step re-checks that guard against edits we never make. Elements go to the
     * index; inside the body, text nodes and aria-labels are also offered as count texts.
     */
    private static void walk(Document document, Index ix) {
        Element body = document.body();
        Element[] open = new Element[64];
        int[] next = new int[64];
        int depth = 0;
        open[0] = document;
        ix.add(document, -1);
        int bodyDepth = -1;
        int bodyNodes = 0;
        while (depth >= 0) {
            Element parent = open[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                if (depth == bodyDepth) {
                    bodyDepth = -1;
                }
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Node child = parent.childNode(i);
            boolean inBody = bodyDepth >= 0;
            if (child instanceof Element e) {
                inBody |= e == body;
                ix.add(e, inBody ? bodyNodes++ : -1);
                if (++depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                    next = Arrays.copyOf(next, depth * 2);
                }
                open[depth] = e;
                next[depth] = 0;
                if (e == body) {
                    bodyDepth = depth;
                }
            } else if (inBody) {
                ix.offerCountText(bodyNodes++, child instanceof TextNode t ? t.getWholeText() : null, child);
            }
        }
    }

    private static final class Index {
        final List<Element> metas = new ArrayList<>();
        final List<Element> scripts = new ArrayList<>();
        final List<Element> hCards = new ArrayList<>();
        final List<Element> headlines = new ArrayList<>();
        final Map<String, List<Element>> byTestId = new HashMap<>();
        final List<ShortText> countTexts = new ArrayList<>();
        Element title;
        boolean passwordInput;

        /**
         * A body node's text, or an element's aria-label, kept when it may be a labelled count; {@code rank} is the
         * node's body order.
         */
        void offerCountText(int rank, String text, Node node) {
            if (text != null && rank <= MAX_BODY_NODES && text.length() <= MAX_COUNT_TEXT && hasDigitAndLetter(text)) {
                countTexts.add(new ShortText(text, node));
            }
        }

        /**
         * Every count label is a word, so a text without a letter ("2024", "3:45", "12") can name no count: skipping
         * it here spares the count pattern the many bare numbers a page shows.
         */
        private static boolean hasDigitAndLetter(String s) {
            boolean digit = false;
            boolean letter = false;
            for (int i = 0; i < s.length() && !(digit && letter); i++) {
                char c = s.charAt(i);
                if (c < 128) { // most page text, where the Unicode tables say what these comparisons say
                    digit |= c >= '0' && c <= '9';
                    letter |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                } else {
                    digit |= Character.isDigit(c);
                    letter |= Character.isLetter(c);
                }
            }
            return digit && letter;
        }

        /** Indexes an element; {@code bodyRank} is its place among the body's nodes, negative outside the body. */
        void add(Element e, int bodyRank) {
            switch (e.normalName()) {
                case "meta" -> metas.add(e);
                case "script" -> scripts.add(e);
                case "title" -> title = title == null ? e : title;
                case "h1", "h2", "h3" -> headlines.add(e);
                case "input" -> passwordInput |= "password".equalsIgnoreCase(e.attr("type"));
                default -> { }
            }
            if (e.attributesSize() == 0) {
                return;
            }
            // The parser lower-cases attribute names, so exact-key lookups find what attr()'s case-insensitive ones
            // would, without a case-folding compare per attribute on every element of the page.
            Attributes attributes = e.attributes();
            if (bodyRank >= 0) {
                offerCountText(bodyRank, attributes.get("aria-label"), e);
            }
            String role = attributes.get("role");
            if (role.equals("alert") || role.equals("heading")) {
                headlines.add(e);
            }
            String testId = attributes.get("data-testid");
            if (!testId.isEmpty()) {
                byTestId.computeIfAbsent(testId, k -> new ArrayList<>()).add(e);
                if (testId.equals("emptyState")) {
                    headlines.add(e);
                }
            }
            if (mayNameHCard(attributes.get("class")) && e.hasClass("h-card")) {
                hCards.add(e);
            }
        }

        /**
         * A cheap pre-check before the token match: most class lists on a page have no "h-card" in them at all, and a
         * plain substring search is vectorised. Exact case, as microformats2 root class names are case-sensitive.
         */
        private static boolean mayNameHCard(String classes) {
            return classes.contains("h-card");
        }
    }
}
