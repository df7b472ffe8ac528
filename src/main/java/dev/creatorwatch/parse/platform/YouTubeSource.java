package dev.creatorwatch.parse.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.CountText;
import dev.creatorwatch.parse.JsonBlobs;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import dev.creatorwatch.parse.generic.OpenGraphSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * YouTube channel pages: {@code ytInitialData}. The classic header ({@code c4TabbedHeaderRenderer}) has the handle,
 * the subscriber and video counts as localised display text ("4,69 M de suscriptores", "6,8 K vídeos") and the
 * verified badge; the 2024 header ({@code pageHeaderRenderer}) has the same as metadata rows. Recent videos come with
 * their view counts only (no likes on a channel page), so they never feed an engagement rate on their own.
 */
public final class YouTubeSource implements ProfileSource {

    private static final String[] MARKERS = {"var ytInitialData = ", "window[\"ytInitialData\"] = "};
    private static final int MAX_VIDEOS = 12;
    /*
     * The fields each renderer is read for (everything on the paths below). A video entry is ~7 KB of thumbnails,
     * menus and endpoints around three small fields; building only those keeps the channel page cheap to read.
     */
    private static final Set<String> TEXT = Set.of("simpleText", "runs", "text");
    private static final Set<String> METADATA_FIELDS = Set.of(
            "title", "description", "avatar", "thumbnails", "url", "vanityChannelUrl");
    private static final Set<String> CLASSIC_HEADER_FIELDS = union(TEXT, Set.of("title", "channelHandleText",
            "subscriberCountText", "videosCountText", "badges", "metadataBadgeRenderer", "style"));
    private static final Set<String> VIDEO_FIELDS = union(TEXT, Set.of("videoId", "viewCountText", "title"));

    @Override
    public String name() {
        return "youtube";
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public Profile read(Page page) {
        JsonBlobs.Scan data = null;
        for (String marker : MARKERS) {
            data = page.scriptContaining(marker).map(JsonBlobs::scan).orElse(null);
            if (data != null) {
                break;
            }
        }
        if (data == null) {
            return null;
        }
        Profile.Builder b = Profile.builder();
        JsonNode meta = data.first("channelMetadataRenderer", METADATA_FIELDS);
        b.displayName(JsonBlobs.text(meta, "title"));
        b.bio(JsonBlobs.text(meta, "description"));
        b.avatarUrl(JsonBlobs.text(meta.path("avatar").path("thumbnails").path(0), "url"));
        JsonNode c4 = data.first("c4TabbedHeaderRenderer", CLASSIC_HEADER_FIELDS);
        if (c4.isObject()) {
            readClassicHeader(c4, b);
        } else {
            readPageHeader(data.first("pageHeaderRenderer"), b);
        }
        if (b.build().handle() == null) {
            String vanity = JsonBlobs.text(meta, "vanityChannelUrl");
            if (vanity != null && vanity.contains("/@")) {
                b.handle(vanity.substring(vanity.indexOf("/@") + 2));
            }
        }
        List<JsonNode> videos = new ArrayList<>(data.values("gridVideoRenderer", MAX_VIDEOS, VIDEO_FIELDS));
        videos.addAll(data.values("videoRenderer", MAX_VIDEOS - videos.size(), VIDEO_FIELDS));
        b.recentPosts(videos(videos));
        return b.build();
    }

    private static void readClassicHeader(JsonNode c4, Profile.Builder b) {
        b.displayName(firstNonNull(b.build().displayName(), JsonBlobs.text(c4, "title")));
        b.handle(OpenGraphSource.stripAt(JsonBlobs.text(c4.path("channelHandleText").path("runs").path(0), "text")));
        b.followers(CountText.leading(text(c4.path("subscriberCountText"))).orElse(null));
        b.posts(CountText.leading(text(c4.path("videosCountText"))).orElse(null));
        boolean verified = false;
        for (JsonNode badge : c4.path("badges")) {
            String style = badge.path("metadataBadgeRenderer").path("style").asText();
            verified |= style.equals("BADGE_STYLE_TYPE_VERIFIED") || style.equals("BADGE_STYLE_TYPE_VERIFIED_ARTIST");
        }
        b.verified(verified);
    }

    /** The 2024 header: rows of parts such as "@handle", "4.69M subscribers", "6.8K videos". */
    private static void readPageHeader(JsonNode header, Profile.Builder b) {
        JsonNode model = header.path("content").path("pageHeaderViewModel");
        for (JsonNode row : model.path("metadata").path("contentMetadataViewModel").path("metadataRows")) {
            for (JsonNode part : row.path("metadataParts")) {
                String content = part.path("text").path("content").asText("");
                if (content.startsWith("@") && b.build().handle() == null) {
                    b.handle(OpenGraphSource.stripAt(content));
                } else {
                    CountLabels.fill(b, content);
                }
            }
        }
        if (!model.isMissingNode()) {
            b.verified(model.toString().contains("CHECK_CIRCLE_FILLED"));
        }
    }

    /** "simpleText" or the concatenated "runs" of a YouTube text object. */
    static String text(JsonNode textObject) {
        String simple = JsonBlobs.text(textObject, "simpleText");
        if (simple != null) {
            return simple;
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode run : textObject.path("runs")) {
            sb.append(run.path("text").asText(""));
        }
        return sb.toString();
    }

    private static List<Post> videos(List<JsonNode> renderers) {
        Map<String, Post> byId = new LinkedHashMap<>();
        for (JsonNode video : renderers) {
            String id = JsonBlobs.text(video, "videoId");
            if (id != null && !byId.containsKey(id) && byId.size() < MAX_VIDEOS) {
                byId.put(id, new Post(id, "https://www.youtube.com/watch?v=" + id, null, null, null,
                        CountText.leading(text(video.path("viewCountText"))).orElse(null),
                        text(video.path("title"))));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
