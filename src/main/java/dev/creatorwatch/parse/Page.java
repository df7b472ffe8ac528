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

/**
 * One parsed page handed to every source, so the HTML is parsed once and the meta tags, scripts and ld+json blocks
 * are collected once however many sources look at them.
 */
public final class Page {

    private final Platform platform;
    private final String url;
    private final Document document;
    private Map<String, String> meta;
    private final int sourceLength;
    private List<Element> scripts;
    private List<String> scriptTexts;
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
            for (Element e : document.getElementsByTag("meta")) {
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
            scripts = document.getElementsByTag("script");
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
        Element t = document.selectFirst("title");
        return t == null ? "" : t.text().strip();
    }
}
