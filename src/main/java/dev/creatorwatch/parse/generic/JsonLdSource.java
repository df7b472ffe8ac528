package dev.creatorwatch.parse.generic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.parse.JsonBlobs;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.util.ArrayList;
import java.util.List;

/**
 * schema.org JSON-LD: a {@code ProfilePage}'s {@code mainEntity}, or a top-level / {@code @graph}
 * {@code Person} or {@code Organization}. Counts come from {@code interactionStatistic} (what others do to the
 * account: FollowAction = followers, LikeAction = likes received, WriteAction = posts) and
 * {@code agentInteractionStatistic} (what the account does: FollowAction = following, WriteAction = posts).
 * X writes following as a SubscribeAction named "Friends"; elsewhere SubscribeAction counts subscribers.
 */
public final class JsonLdSource implements ProfileSource {

    private static final int MAX_ENTITIES = 20;

    @Override
    public String name() {
        return "json-ld";
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public Profile read(Page page) {
        Profile.Builder merged = Profile.builder();
        for (JsonNode entity : entities(page.ldJson())) {
            merged.mergeMissing(readEntity(entity));
        }
        return merged.build();
    }

    private static List<JsonNode> entities(List<JsonNode> roots) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode root : roots) {
            List<JsonNode> candidates = new ArrayList<>();
            candidates.add(root);
            root.path("@graph").forEach(candidates::add);
            for (JsonNode node : candidates) {
                if (found.size() >= MAX_ENTITIES) {
                    return found;
                }
                if (isType(node, "ProfilePage")) {
                    JsonNode main = node.path("mainEntity");
                    if (isAgent(main)) {
                        if (main.isObject() && !main.has("relatedLink") && node.has("relatedLink")) {
                            // X puts the profile's links on the page, not on the person
                            main = ((com.fasterxml.jackson.databind.node.ObjectNode) main.deepCopy())
                                    .set("relatedLink", node.get("relatedLink"));
                        }
                        found.add(main);
                    }
                } else if (isAgent(node)) {
                    found.add(node);
                }
            }
        }
        return found;
    }

    private static boolean isAgent(JsonNode node) {
        return isType(node, "Person") || isType(node, "Organization");
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode t = node.path("@type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(shortType(each.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(shortType(t.asText()));
    }

    /** "https://schema.org/FollowAction", "http://schema.org/FollowAction" and "FollowAction" are one type. */
    static String shortType(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1);
    }

    static Profile readEntity(JsonNode person) {
        Profile.Builder b = Profile.builder();
        b.displayName(JsonBlobs.text(person, "name"));
        String handle = JsonBlobs.text(person, "alternateName");
        if (handle == null) {
            handle = JsonBlobs.text(person, "additionalName");
        }
        b.handle(OpenGraphSource.stripAt(handle));
        b.bio(JsonBlobs.text(person, "description"));
        b.avatarUrl(image(person.path("image")));
        b.externalUrl(relatedLink(person));
        JsonNode stats = person.path("interactionStatistic");
        Long subscribers = null;
        for (JsonNode stat : asList(stats)) {
            String type = interactionType(stat);
            Long count = JsonBlobs.count(stat.path("userInteractionCount"));
            if (count == null) {
                continue;
            }
            switch (type) {
                case "FollowAction" -> set(b, count, Field.FOLLOWERS);
                case "SubscribeAction" -> {
                    if ("friends".equalsIgnoreCase(stat.path("name").asText())) {
                        set(b, count, Field.FOLLOWING);
                    } else {
                        subscribers = count;
                    }
                }
                case "WriteAction" -> set(b, count, Field.POSTS);
                case "LikeAction" -> set(b, count, Field.LIKES);
                default -> { }
            }
        }
        if (b.build().followers() == null) {
            b.followers(subscribers);
        }
        for (JsonNode stat : asList(person.path("agentInteractionStatistic"))) {
            Long count = JsonBlobs.count(stat.path("userInteractionCount"));
            if (count == null) {
                continue;
            }
            switch (interactionType(stat)) {
                case "FollowAction" -> set(b, count, Field.FOLLOWING);
                case "WriteAction" -> set(b, count, Field.POSTS);
                default -> { }
            }
        }
        return b.build();
    }

    private enum Field { FOLLOWERS, FOLLOWING, POSTS, LIKES }

    private static void set(Profile.Builder b, Long count, Field field) {
        Profile p = b.build();
        switch (field) {
            case FOLLOWERS -> b.followers(p.followers() != null ? p.followers() : count);
            case FOLLOWING -> b.following(p.following() != null ? p.following() : count);
            case POSTS -> b.posts(p.posts() != null ? p.posts() : count);
            case LIKES -> b.totalLikes(p.totalLikes() != null ? p.totalLikes() : count);
        }
    }

    /** interactionType as a URL string, a bare name, or an object with {@code @type} or {@code @id}. */
    private static String interactionType(JsonNode stat) {
        JsonNode t = stat.path("interactionType");
        String raw = t.isObject() ? t.path("@type").asText(t.path("@id").asText()) : t.asText();
        return shortType(raw);
    }

    private static List<JsonNode> asList(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(list::add);
        } else if (node.isObject()) {
            list.add(node);
        }
        return list;
    }

    private static String image(JsonNode image) {
        if (image.isTextual()) {
            return image.asText().isBlank() ? null : image.asText();
        }
        if (image.isArray() && !image.isEmpty()) {
            return image(image.get(0));
        }
        if (image.isObject()) {
            String url = JsonBlobs.text(image, "contentUrl");
            return url != null ? url : JsonBlobs.text(image, "url");
        }
        return null;
    }

    /** X lists the bio's t.co links and the real website; the website is the one worth keeping. */
    private static String relatedLink(JsonNode person) {
        String first = null;
        for (JsonNode link : flatten(person.path("relatedLink"))) {
            String url = link.asText();
            if (url.isBlank()) {
                continue;
            }
            if (!url.contains("://t.co/")) {
                return url;
            }
            first = first == null ? url : first;
        }
        return first;
    }

    private static List<JsonNode> flatten(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(list::add);
        } else if (node.isTextual()) {
            list.add(node);
        }
        return list;
    }
}
