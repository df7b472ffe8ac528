package dev.creatorwatch.audience;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.fetch.FetchRequest;
import dev.creatorwatch.fetch.FetchResult;
import dev.creatorwatch.fetch.PageFetcher;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.platform.MastodonSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads public follower lists where platforms publish them without sign-in: Mastodon's REST API and Bluesky's public
 * AppView. Every request goes through {@link PageFetcher}, so robots.txt, per-host politeness and the SSRF guard
 * apply. Base URLs are parameters (the Mastodon instance, the AppView) so tests point them at a local server.
 */
@ApplicationScoped
public class PublicFollowerLists {

    static final int MASTODON_PAGE = 80;
    static final int BLUESKY_PAGE = 100;
    static final int BLUESKY_PROFILES_PER_CALL = 25;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageFetcher fetcher;

    public PublicFollowerLists(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Followers of {@code acct} on the Mastodon instance at {@code base}, newest first, at most {@code max}. */
    public FollowerListing mastodon(URI base, String acct, int max) {
        Page lookup = get(base.resolve("/api/v1/accounts/lookup?acct=" + enc(acct)));
        if (lookup.json == null) {
            return FollowerListing.unavailable("the Mastodon instance " + base.getHost() + " did not show the account ("
                    + lookup.why + ")");
        }
        String id = lookup.json.path("id").asText("");
        if (!id.matches("[0-9A-Za-z_-]{1,64}")) {
            return FollowerListing.unavailable("the Mastodon instance answered without a usable account id");
        }
        long count = lookup.json.path("followers_count").asLong(-1);
        List<SampledFollower> out = new ArrayList<>();
        URI next = base.resolve("/api/v1/accounts/" + id + "/followers?limit=" + MASTODON_PAGE);
        while (next != null && out.size() < max) {
            Page page = get(next);
            if (page.json == null || !page.json.isArray()) {
                if (out.isEmpty()) {
                    return FollowerListing.unavailable("the Mastodon instance refused the follower list (" + page.why
                            + ")");
                }
                break; // keep what was read; the frame is just shorter
            }
            for (JsonNode f : page.json) {
                if (out.size() < max && f.isObject()) {
                    out.add(mastodonFollower(f));
                }
            }
            next = page.json.isEmpty() ? null : sameOrigin(base, nextLink(page.link));
        }
        if (out.isEmpty() && count > 0) {
            return FollowerListing.unavailable("the account hides its follower list on " + base.getHost());
        }
        return new FollowerListing(out, null);
    }

    /**
     * Followers of {@code actor} from the Bluesky AppView at {@code appview}, newest first, at most {@code max}. The
     * list has no counts; {@link #blueskyCounts} adds them for the followers actually sampled.
     */
    public FollowerListing bluesky(URI appview, String actor, int max) {
        List<SampledFollower> out = new ArrayList<>();
        String cursor = null;
        do {
            Page page = get(appview.resolve("/xrpc/app.bsky.graph.getFollowers?actor=" + enc(actor) + "&limit="
                    + BLUESKY_PAGE + (cursor == null ? "" : "&cursor=" + enc(cursor))));
            if (page.json == null || !page.json.path("followers").isArray()) {
                if (out.isEmpty()) {
                    return FollowerListing.unavailable("Bluesky did not show the follower list (" + page.why + ")");
                }
                break;
            }
            for (JsonNode f : page.json.path("followers")) {
                if (out.size() < max && f.isObject() && f.hasNonNull("did")) {
                    out.add(blueskyFollower(f));
                }
            }
            String c = page.json.path("cursor").asText(null);
            cursor = page.json.path("followers").isEmpty() || c == null || c.isBlank() || c.equals(cursor) ? null : c;
        } while (cursor != null && out.size() < max);
        return new FollowerListing(out, null);
    }

    /** The followers with their counts from {@code app.bsky.actor.getProfiles}; ones it did not return are dropped. */
    public List<SampledFollower> blueskyCounts(URI appview, List<SampledFollower> followers) {
        List<SampledFollower> out = new ArrayList<>();
        for (int i = 0; i < followers.size(); i += BLUESKY_PROFILES_PER_CALL) {
            List<SampledFollower> chunk = followers.subList(i, Math.min(followers.size(), i + BLUESKY_PROFILES_PER_CALL));
            StringBuilder q = new StringBuilder("/xrpc/app.bsky.actor.getProfiles?");
            for (SampledFollower f : chunk) {
                q.append(q.charAt(q.length() - 1) == '?' ? "" : "&").append("actors=").append(enc(f.id()));
            }
            Page page = get(appview.resolve(q.toString()));
            if (page.json == null) {
                continue;
            }
            for (JsonNode p : page.json.path("profiles")) {
                for (SampledFollower f : chunk) {
                    if (f.id().equals(p.path("did").asText())) {
                        out.add(new SampledFollower(f.id(), f.url(), f.profile().toBuilder()
                                .followers(count(p, "followersCount")).following(count(p, "followsCount"))
                                .posts(count(p, "postsCount")).build()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Reads a follower with the profile parser's own account-JSON reader, then adjusts it for the model: the
     * username alone (not {@code user@instance}) for username-shape features, an empty note as an empty bio, and the
     * instance's placeholder avatar as no picture.
     */
    private static SampledFollower mastodonFollower(JsonNode f) {
        Profile read = MastodonSource.fromAccountJson(f);
        String avatar = read.avatarUrl();
        Profile p = read.toBuilder()
                .handle(text(f, "username") != null ? text(f, "username") : read.handle())
                .bio(read.bio() == null && f.path("note").isTextual() ? "" : read.bio())
                .avatarUrl(avatar != null && avatar.contains("/missing.") ? null : avatar)
                .build();
        return new SampledFollower(f.path("id").asText(), text(f, "url"), p);
    }

    private static SampledFollower blueskyFollower(JsonNode f) {
        String handle = text(f, "handle");
        Profile p = Profile.builder().handle(handle == null ? null : handle.replaceFirst("\\.bsky\\.social$", ""))
                .displayName(text(f, "displayName")).bio(text(f, "description"))
                .avatarUrl(text(f, "avatar")).build();
        return new SampledFollower(f.path("did").asText(), handle == null ? null
                : "https://bsky.app/profile/" + handle, p);
    }

    /** One JSON answer, or why there is none. */
    private record Page(JsonNode json, String link, String why) {
    }

    private Page get(URI url) {
        FetchResult r = fetcher.fetch(FetchRequest.of(url));
        if (r.outcome() != FetchOutcome.OK || r.body() == null) {
            return new Page(null, null, describe(r));
        }
        try {
            JsonNode json = JSON.readTree(JSON.getFactory().copy().setStreamReadConstraints(StreamReadConstraints
                    .builder().maxNestingDepth(16).maxStringLength(1_000_000).build()).createParser(r.body()));
            return new Page(json, r.link(), null);
        } catch (IOException e) {
            return new Page(null, null, "the answer was not JSON");
        }
    }

    private static String describe(FetchResult r) {
        return switch (r.outcome()) {
            case NOT_FOUND -> "not found";
            case LOGIN_WALL -> "sign-in required";
            case RATE_LIMITED -> "rate limited";
            case BLOCKED_BY_ROBOTS -> "robots.txt disallows it";
            case REFUSED_ADDRESS -> "address refused by the network guard";
            default -> r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (r.httpStatus() > 0 ? ", HTTP " + r.httpStatus() : "");
        };
    }

    static URI nextLink(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        try {
            return m.find() ? URI.create(m.group(1).trim()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A next link elsewhere than the instance we asked is not followed. */
    private static URI sameOrigin(URI base, URI next) {
        if (next == null || next.getHost() == null) {
            return null;
        }
        boolean same = next.getHost().equalsIgnoreCase(base.getHost()) && next.getPort() == base.getPort()
                && String.valueOf(next.getScheme()).equalsIgnoreCase(base.getScheme());
        return same ? next : null;
    }

    private static Long count(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.canConvertToLong() && v.asLong() >= 0 ? v.asLong() : null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
