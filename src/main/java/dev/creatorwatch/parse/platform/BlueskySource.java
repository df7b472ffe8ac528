package dev.creatorwatch.parse.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.parse.JsonBlobs;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Bluesky: the profile page's counts are in JSON-LD (generic source); this adds the verified state (the web app
 * renders a "View this user's verifications" button beside a verified display name). {@link #fromGetProfile} reads
 * the public AppView's {@code app.bsky.actor.getProfile} JSON.
 */
public final class BlueskySource implements ProfileSource {

    private static final Evaluator VERIFICATION = Selector.evaluatorOf("[aria-label~=(?i)verification]");

    @Override
    public String name() {
        return "bluesky";
    }

    @Override
    public Profile read(Page page) {
        List<Element> names = page.byTestId("profileHeaderDisplayName");
        if (names.isEmpty()) {
            return null;
        }
        boolean badge = names.get(0).selectFirst(VERIFICATION) != null;
        return Profile.builder().verified(badge).build();
    }

    /** {@code app.bsky.actor.getProfile}: handle, displayName, description, avatar and the three counts. */
    public static Profile fromGetProfile(JsonNode json) {
        Profile.Builder b = Profile.builder()
                .handle(JsonBlobs.text(json, "handle"))
                .displayName(JsonBlobs.text(json, "displayName"))
                .bio(JsonBlobs.text(json, "description"))
                .avatarUrl(JsonBlobs.text(json, "avatar"))
                .followers(JsonBlobs.count(json.path("followersCount")))
                .following(JsonBlobs.count(json.path("followsCount")))
                .posts(JsonBlobs.count(json.path("postsCount")));
        JsonNode verification = json.path("verification");
        if (verification.isObject()) {
            b.verified("valid".equals(verification.path("verifiedStatus").asText()));
        }
        return b.build();
    }

    static boolean looksLikeGetProfile(JsonNode json) {
        return json.path("did").asText().startsWith("did:") && json.has("handle");
    }
}
