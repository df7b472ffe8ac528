package dev.creatorwatch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Generic reader: schema.org JSON-LD ProfilePage interaction counters first (exact), then Open Graph /
 * meta-description text such as "12.3K Followers, 512 Following, 1,024 Posts".
 */
@ApplicationScoped
public class MetaProfileReader implements ProfilePageReader {

    private static final Pattern COUNT_LABEL = Pattern.compile(
            "([\\d.,]+\\s*[KkMmBb]?)\\s+(Followers|Following|Posts)", Pattern.CASE_INSENSITIVE);

    @Override
    public ParseResult read(Platform platform, String url, String html) {
        Document doc = Jsoup.parse(html, url);
        Profile.Builder b = Profile.builder();
        readJsonLd(doc, b);
        Profile fromJsonLd = b.build();
        Profile.Builder meta = Profile.builder();
        readMeta(doc, meta);
        Profile profile = fromJsonLd.toBuilder().mergeMissing(meta.build()).build();
        if (!profile.hasAnySignal()) {
            return ParseResult.failed(FetchOutcome.PARSE_FAILURE, "no profile data recognised on the page");
        }
        return ParseResult.ok(profile);
    }

    private static void readMeta(Document doc, Profile.Builder b) {
        String description = firstMeta(doc, "og:description", "description");
        if (description != null) {
            Matcher m = COUNT_LABEL.matcher(description);
            while (m.find()) {
                Long n = CountText.parse(m.group(1)).orElse(null);
                switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
                    case "followers" -> b.followers(n);
                    case "following" -> b.following(n);
                    default -> b.posts(n);
                }
            }
        }
        b.displayName(firstMeta(doc, "og:title"));
        b.avatarUrl(firstMeta(doc, "og:image"));
    }

    private static void readJsonLd(Document doc, Profile.Builder b) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(script.data());
            } catch (Exception e) {
                continue;
            }
            JsonNode person = root.path("mainEntity");
            if (!"ProfilePage".equals(root.path("@type").asText()) || person.isMissingNode()) {
                continue;
            }
            b.displayName(text(person, "name"));
            b.handle(text(person, "alternateName"));
            b.bio(text(person, "description"));
            for (JsonNode stat : person.path("interactionStatistic")) {
                JsonNode typeNode = stat.path("interactionType");
                String type = typeNode.isObject() ? typeNode.path("@type").asText() : typeNode.asText();
                long count = stat.path("userInteractionCount").asLong(-1);
                if (count < 0) {
                    continue;
                }
                if (type.endsWith("FollowAction")) {
                    b.followers(count);
                } else if (type.endsWith("WriteAction")) {
                    b.posts(count);
                }
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static String firstMeta(Document doc, String... names) {
        for (String name : names) {
            Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content");
            }
        }
        return null;
    }
}
