package dev.creatorwatch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.creator.Platform;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One parsed page handed to every source, so the HTML is parsed once and the meta tags, scripts and ld+json blocks
 * are collected once however many sources look at them.
 */
public final class Page {

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
            if (text.contains(marker)) {
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
     * Everything the sources look up by tag, class or attribute, gathered in one walk over the document: each
     * separate {@code select} would walk the whole tree again, and on a 1 MB page those walks add up to a good part
     * of the parse itself.
     */
    private Index index() {
        if (index == null) {
            Index ix = new Index();
            forEachElement(document, ix::add);
            index = ix;
        }
        return index;
    }

    /**
     * Visits the element and its descendant elements in document order. A plain stack over child lists: the
     * general {@code NodeTraversor} re-checks sibling indexes on every step to survive edits we never make.
     */
    static void forEachElement(Element root, Consumer<Element> visit) {
        ArrayDeque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            visit.accept(e);
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof Element child) {
                    stack.push(child);
                }
            }
        }
    }

    private static final class Index {
        final List<Element> metas = new ArrayList<>();
        final List<Element> scripts = new ArrayList<>();
        final List<Element> hCards = new ArrayList<>();
        final List<Element> headlines = new ArrayList<>();
        final Map<String, List<Element>> byTestId = new HashMap<>();
        Element title;
        boolean passwordInput;

        void add(Element e) {
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

        /** A cheap pre-check before the token match: most class lists on a page have no "h-card" in them at all. */
        private static boolean mayNameHCard(String classes) {
            for (int dash = classes.indexOf('-'); dash > 0; dash = classes.indexOf('-', dash + 1)) {
                char h = classes.charAt(dash - 1);
                if ((h == 'h' || h == 'H') && classes.regionMatches(true, dash - 1, "h-card", 0, 6)) {
                    return true;
                }
            }
            return false;
        }
    }
}
