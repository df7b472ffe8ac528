package dev.creatorwatch.parse.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.parse.JsonBlobs;
import dev.creatorwatch.parse.ParseResult;
import dev.creatorwatch.parse.Profile;
import java.util.Optional;

/**
 * Profile documents that are JSON rather than HTML: a Mastodon account ({@code /api/v1/accounts/lookup}), an
 * ActivityPub actor, a Bluesky {@code app.bsky.actor.getProfile} answer. Recognised by shape, not by URL, so a saved
 * file reads the same as a live answer.
 */
public final class JsonProfileDocuments {

    private JsonProfileDocuments() {
    }

    /** A result when the text is one of the known JSON documents; empty for anything else (HTML included). */
    public static Optional<ParseResult> read(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length() || text.charAt(start) != '{') {
            return Optional.empty();
        }
        Optional<JsonNode> parsed = JsonBlobs.parse(text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonNode json = parsed.get();
        Profile profile;
        if (MastodonSource.looksLikeAccountJson(json)) {
            profile = MastodonSource.fromAccountJson(json);
        } else if (MastodonSource.looksLikeActor(json)) {
            profile = MastodonSource.fromActor(json);
        } else if (BlueskySource.looksLikeGetProfile(json)) {
            profile = BlueskySource.fromGetProfile(json);
        } else if (json.has("error")) {
            String error = json.path("error").asText() + " " + json.path("message").asText("");
            FetchOutcome outcome = error.contains("Takedown") || error.toLowerCase(java.util.Locale.ROOT)
                    .contains("suspended") ? FetchOutcome.SUSPENDED : FetchOutcome.NOT_FOUND;
            return Optional.of(ParseResult.failed(outcome,
                    "profile service answered: " + clip(json.path("error").asText()) + " "
                            + clip(json.path("message").asText(""))));
        } else {
            return Optional.of(ParseResult.failed(FetchOutcome.PARSE_FAILURE, "unrecognised JSON document"));
        }
        return Optional.of(profile.hasAnySignal() ? ParseResult.ok(profile)
                : ParseResult.failed(FetchOutcome.PARSE_FAILURE, "JSON document without profile data"));
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
