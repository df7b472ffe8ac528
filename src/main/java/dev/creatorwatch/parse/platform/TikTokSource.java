package dev.creatorwatch.parse.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.parse.JsonBlobs;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;

/**
 * TikTok: {@code __UNIVERSAL_DATA_FOR_REHYDRATION__} → {@code webapp.user-detail.userInfo}. {@code statsV2} holds
 * exact counts as strings, {@code stats} the same rounded ("783400" for 783,427), so statsV2 wins field by field.
 */
public final class TikTokSource implements ProfileSource {

    static final String SCRIPT_ID = "__UNIVERSAL_DATA_FOR_REHYDRATION__";
    /** The one part of the ~250 KB blob a profile needs; streamed to, not parsed whole. */
    private static final String USER_DETAIL = "webapp.user-detail";

    @Override
    public String name() {
        return "tiktok";
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public Profile read(Page page) {
        JsonNode info = page.scriptById(SCRIPT_ID)
                .map(script -> JsonBlobs.scan(script).first(USER_DETAIL).path("userInfo"))
                .orElse(null);
        if (info == null || !info.isObject()) {
            return null;
        }
        JsonNode user = info.path("user");
        Profile.Builder b = Profile.builder()
                .handle(JsonBlobs.text(user, "uniqueId"))
                .displayName(JsonBlobs.text(user, "nickname"))
                .bio(JsonBlobs.text(user, "signature"))
                .externalUrl(JsonBlobs.text(user.path("bioLink"), "link"))
                .avatarUrl(JsonBlobs.text(user, "avatarLarger"))
                .verified(JsonBlobs.bool(user, "verified"))
                .privateAccount(JsonBlobs.bool(user, "privateAccount"))
                .language(JsonBlobs.text(user, "language"));
        JsonNode exact = info.path("statsV2");
        JsonNode rounded = info.path("stats");
        b.followers(preferExact(exact, rounded, "followerCount"));
        b.following(preferExact(exact, rounded, "followingCount"));
        b.posts(preferExact(exact, rounded, "videoCount"));
        b.totalLikes(preferExact(exact, rounded, "heartCount"));
        return b.build();
    }

    private static Long preferExact(JsonNode exact, JsonNode rounded, String field) {
        Long v = JsonBlobs.count(exact.path(field));
        return v != null ? v : JsonBlobs.count(rounded.path(field));
    }
}
