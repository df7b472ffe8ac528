package dev.creatorwatch.parse.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.parse.CountLabels;
import dev.creatorwatch.parse.JsonBlobs;
import dev.creatorwatch.parse.Page;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfileSource;
import dev.creatorwatch.parse.generic.OpenGraphSource;
import org.jsoup.Jsoup;

/**
 * Mastodon: the profile page's description "1.2K Posts, 310 Following, 5.6K Followers · bio" (counts before the
 * middle dot, bio after it) and {@code profile:username} "user@instance". {@link #fromAccountJson} reads the public
 * {@code /api/v1/accounts/lookup?acct=} JSON (exact counts); {@link #fromActor} an ActivityPub actor, which has no
 * counts at all.
 */
public final class MastodonSource implements ProfileSource {

    private static final String SEPARATOR = " · ";

    @Override
    public String name() {
        return "mastodon";
    }

    @Override
    public Profile read(Page page) {
        String description = page.firstMeta("og:description", "description");
        if (description == null) {
            return null;
        }
        Profile.Builder b = Profile.builder();
        int dot = description.indexOf(SEPARATOR);
        String counts = dot < 0 ? description : description.substring(0, dot);
        if (CountLabels.onlyCounts(counts)) {
            CountLabels.fill(b, counts);
            if (dot >= 0) {
                String bio = description.substring(dot + SEPARATOR.length()).strip();
                b.bio(bio.isEmpty() ? null : bio);
            }
        }
        String username = page.meta("profile:username");
        if (username != null) {
            b.handle(OpenGraphSource.stripAt(username));
        }
        return b.build();
    }

    /** The public account JSON; the note is HTML and is read as text. */
    public static Profile fromAccountJson(JsonNode json) {
        return Profile.builder()
                .handle(JsonBlobs.text(json, "acct"))
                .displayName(JsonBlobs.text(json, "display_name"))
                .bio(htmlText(JsonBlobs.text(json, "note")))
                .avatarUrl(JsonBlobs.text(json, "avatar"))
                .privateAccount(JsonBlobs.bool(json, "locked"))
                .followers(JsonBlobs.count(json.path("followers_count")))
                .following(JsonBlobs.count(json.path("following_count")))
                .posts(JsonBlobs.count(json.path("statuses_count")))
                .externalUrl(firstLinkField(json))
                .build();
    }

    /** An ActivityPub actor document: names and bio only, its counts live behind collection URLs. */
    public static Profile fromActor(JsonNode json) {
        return Profile.builder()
                .handle(JsonBlobs.text(json, "preferredUsername"))
                .displayName(JsonBlobs.text(json, "name"))
                .bio(htmlText(JsonBlobs.text(json, "summary")))
                .avatarUrl(JsonBlobs.text(json.path("icon"), "url"))
                .privateAccount(JsonBlobs.bool(json, "manuallyApprovesFollowers"))
                .build();
    }

    static boolean looksLikeAccountJson(JsonNode json) {
        return json.has("acct") && json.has("followers_count");
    }

    static boolean looksLikeActor(JsonNode json) {
        String type = json.path("type").asText();
        return json.has("preferredUsername") && (type.equals("Person") || type.equals("Service")
                || type.equals("Organization") || type.equals("Group"));
    }

    private static String firstLinkField(JsonNode json) {
        for (JsonNode field : json.path("fields")) {
            String value = JsonBlobs.text(field, "value");
            if (value != null && value.contains("href=")) {
                String href = Jsoup.parse(value).select("a[href]").attr("href");
                if (!href.isBlank()) {
                    return href;
                }
            }
        }
        return null;
    }

    private static String htmlText(String html) {
        if (html == null) {
            return null;
        }
        String text = Jsoup.parse(html).text().strip();
        return text.isEmpty() ? null : text;
    }
}
