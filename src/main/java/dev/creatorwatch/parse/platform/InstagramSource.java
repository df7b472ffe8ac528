package dev.creatorwatch.parse.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.parse.JsonBlobs;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instagram: the legacy {@code window._sharedData} blob (exact counts, flags and the recent posts with their likes
 * and comments), else the logged-out page's meta description, whose bio sits in quotes after "on Instagram:".
 */
public final class InstagramSource implements ProfileSource {

    private static final String SHARED_DATA = "window._sharedData = ";
    private static final Pattern QUOTED_BIO = Pattern.compile("\\) on Instagram: \"(.*)\"\\s*$", Pattern.DOTALL);
    private static final int MAX_POSTS = 24;
    /**
     * Every field on the paths {@link #read} and {@link #readUser} follow; the rest of the blob (thumbnails, display
     * resources, owner copies per post) is skipped unbuilt.
     */
    private static final Set<String> SHARED_DATA_FIELDS = Set.of(
            "entry_data", "ProfilePage", "graphql", "user",
            "username", "full_name", "biography", "external_url", "profile_pic_url_hd", "is_verified", "is_private",
            "edge_followed_by", "edge_follow", "edge_owner_to_timeline_media", "count", "edges", "node",
            "shortcode", "edge_liked_by", "edge_media_preview_like", "taken_at_timestamp", "edge_media_to_comment",
            "video_view_count", "edge_media_to_caption", "text");

    @Override
    public String name() {
        return "instagram";
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public Profile read(Page page) {
        Profile.Builder b = Profile.builder();
        page.scriptContaining(SHARED_DATA)
                .flatMap(script -> JsonBlobs.after(script, SHARED_DATA, SHARED_DATA_FIELDS))
                .map(root -> root.path("entry_data").path("ProfilePage").path(0).path("graphql").path("user"))
                .filter(JsonNode::isObject)
                .ifPresent(user -> readUser(user, b));
        String description = page.meta("description");
        if (description != null && b.build().bio() == null) {
            Matcher m = QUOTED_BIO.matcher(description.length() > 5_000 ? "" : description);
            if (m.find()) {
                b.bio(m.group(1).strip());
            }
        }
        return b.build();
    }

    static void readUser(JsonNode user, Profile.Builder b) {
        b.handle(JsonBlobs.text(user, "username"));
        b.displayName(JsonBlobs.text(user, "full_name"));
        b.bio(JsonBlobs.text(user, "biography"));
        b.externalUrl(JsonBlobs.text(user, "external_url"));
        b.avatarUrl(JsonBlobs.text(user, "profile_pic_url_hd"));
        b.verified(JsonBlobs.bool(user, "is_verified"));
        b.privateAccount(JsonBlobs.bool(user, "is_private"));
        b.followers(JsonBlobs.count(user.path("edge_followed_by").path("count")));
        b.following(JsonBlobs.count(user.path("edge_follow").path("count")));
        JsonNode media = user.path("edge_owner_to_timeline_media");
        b.posts(JsonBlobs.count(media.path("count")));
        List<Post> posts = new ArrayList<>();
        for (JsonNode edge : media.path("edges")) {
            if (posts.size() >= MAX_POSTS) {
                break;
            }
            JsonNode node = edge.path("node");
            String code = JsonBlobs.text(node, "shortcode");
            Long likes = JsonBlobs.count(node.path("edge_liked_by").path("count"));
            if (likes == null) {
                likes = JsonBlobs.count(node.path("edge_media_preview_like").path("count"));
            }
            Long taken = JsonBlobs.count(node.path("taken_at_timestamp"));
            posts.add(new Post(code,
                    code == null ? null : "https://www.instagram.com/p/" + code + "/",
                    taken == null ? null : Instant.ofEpochSecond(taken),
                    likes,
                    JsonBlobs.count(node.path("edge_media_to_comment").path("count")),
                    JsonBlobs.count(node.path("video_view_count")),
                    JsonBlobs.text(node.path("edge_media_to_caption").path("edges").path(0).path("node"), "text")));
        }
        b.recentPosts(posts);
    }
}
