package dev.creatorwatch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.creator.Platform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

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
        Element t = index().title;
        return t == null ? "" : t.text().strip();
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
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e) {
                    ix.add(e);
                }
            }, document);
            index = ix;
        }
        return index;
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
            String role = e.attr("role");
            if (role.equals("alert") || role.equals("heading")) {
                headlines.add(e);
            }
            String testId = e.attr("data-testid");
            if (!testId.isEmpty()) {
                byTestId.computeIfAbsent(testId, k -> new ArrayList<>()).add(e);
                if (testId.equals("emptyState")) {
                    headlines.add(e);
                }
            }
            if (e.hasClass("h-card")) {
                hCards.add(e);
            }
        }
    }
}
