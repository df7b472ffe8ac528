package dev.creatorwatch.parse;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.parse.generic.HCardSource;
import dev.creatorwatch.parse.generic.JsonLdSource;
import dev.creatorwatch.parse.generic.OpenGraphSource;
import dev.creatorwatch.parse.generic.VisibleCountSource;
import dev.creatorwatch.parse.platform.BlueskySource;
import dev.creatorwatch.parse.platform.InstagramSource;
import dev.creatorwatch.parse.platform.JsonProfileDocuments;
import dev.creatorwatch.parse.platform.MastodonSource;
import dev.creatorwatch.parse.platform.ThreadsSource;
import dev.creatorwatch.parse.platform.TikTokSource;
import dev.creatorwatch.parse.platform.TwitchSource;
import dev.creatorwatch.parse.platform.XSource;
import dev.creatorwatch.parse.platform.YouTubeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The profile page reader the pipeline uses: parses the page once, asks the platform's adapter first and then the
 * generic sources (JSON-LD, h-card, Open Graph; visible counts on other sites only), each filling only what the
 * earlier, more exact ones left empty. A source that fails on hostile input is skipped, never fatal. Page-level
 * outcomes (login wall, not found, suspended) win over anything read from display text, so a wall showing
 * "0 Followers" yields no zeros.
 */
@ApplicationScoped
public class ProfilePageReaders implements ProfilePageReader {

    private static final Logger LOG = Logger.getLogger(ProfilePageReaders.class);

    private static final List<ProfileSource> STRUCTURED = List.of(
            new JsonLdSource(), new HCardSource(), new OpenGraphSource());

    /**
     * A platform's adapter knows where the platform writes its counts. Everything else visible on its pages is the
     * owner's (bio, panels, captions, posts) or another account's (TikTok's suggested accounts show "12.3M followers"
     * each), so visible texts are read for counts only on sites no adapter knows.
     */
    private static final List<ProfileSource> OTHER_SITES =
            Stream.concat(STRUCTURED.stream(), Stream.of(new VisibleCountSource())).toList();

    private static final Map<Platform, ProfileSource> ADAPTERS = Map.of(
            Platform.INSTAGRAM, new InstagramSource(),
            Platform.TIKTOK, new TikTokSource(),
            Platform.YOUTUBE, new YouTubeSource(),
            Platform.X, new XSource(),
            Platform.MASTODON, new MastodonSource(),
            Platform.BLUESKY, new BlueskySource(),
            Platform.TWITCH, new TwitchSource(),
            Platform.THREADS, new ThreadsSource());

    @Override
    public ParseResult read(Platform platform, String url, String html) {
        if (html == null || html.isBlank()) {
            return ParseResult.failed(FetchOutcome.PARSE_FAILURE, "empty page");
        }
        Platform effective = effectivePlatform(platform, url);
        try {
            Optional<ParseResult> json = JsonProfileDocuments.read(html);
            if (json.isPresent()) {
                ParseResult r = json.get();
                return r.profile() == null ? r : new ParseResult(r.outcome(), ProfileText.clean(r.profile()), r.detail());
            }
            Document doc = Jsoup.parse(html, url == null ? "" : url);
            return read(new Page(effective, url, doc, html.length()));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debugf(e, "page %s could not be read", url);
            return ParseResult.failed(FetchOutcome.PARSE_FAILURE, "page could not be read: " + e.getClass().getSimpleName());
        }
    }

    /** Reads an already parsed page (the benchmark and callers holding a Document use this). */
    public ParseResult read(Page page) {
        Profile.Builder merged = Profile.builder();
        boolean exactCounts = false;
        List<String> used = new ArrayList<>();
        for (ProfileSource source : sources(page.platform())) {
            if (!source.useful(merged.build())) {
                continue;
            }
            Profile found = readSafely(source, page);
            if (found == null || isEmpty(found)) {
                continue;
            }
            used.add(source.name());
            exactCounts |= source.exact() && hasCount(found);
            merged.mergeMissing(found);
        }
        Profile profile = ProfileText.clean(merged.build());
        // exact counts outrank any page-level warning, so the (whole-document) check is only needed without them
        Optional<PageOutcomes.Verdict> verdict = exactCounts ? Optional.empty() : PageOutcomes.detect(page);
        if (verdict.isPresent() && !(verdict.get().formOnly() && hasRealCounts(profile))) {
            return ParseResult.failed(verdict.get().outcome(), verdict.get().detail());
        }
        if (!profile.hasAnySignal()) {
            return ParseResult.failed(FetchOutcome.PARSE_FAILURE, "no profile data recognised on the page");
        }
        return new ParseResult(FetchOutcome.OK, profile, "read by " + String.join(", ", used));
    }

    /**
     * A login form (not a login title) next to non-zero counts is a site's sign-in modal on a readable page; next
     * to only zeros or no counts it is a wall hiding the real numbers.
     */
    private static boolean hasRealCounts(Profile p) {
        return positive(p.followers()) || positive(p.following()) || positive(p.posts());
    }

    private static boolean positive(Long v) {
        return v != null && v > 0;
    }

    private static Profile readSafely(ProfileSource source, Page page) {
        try {
            return source.read(page);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debugf(e, "source %s failed on %s", source.name(), page.url());
            return null;
        }
    }

    private static List<ProfileSource> sources(Platform platform) {
        ProfileSource adapter = ADAPTERS.get(platform);
        if (adapter == null) {
            return OTHER_SITES;
        }
        List<ProfileSource> list = new ArrayList<>(STRUCTURED.size() + 1);
        list.add(adapter);
        list.addAll(STRUCTURED);
        return list;
    }

    static Platform effectivePlatform(Platform declared, String url) {
        if (declared != null && declared != Platform.WEB) {
            return declared;
        }
        try {
            return url == null ? Platform.WEB : Platform.ofUrl(URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            return Platform.WEB;
        }
    }

    private static boolean hasCount(Profile p) {
        return p.followers() != null || p.following() != null || p.posts() != null;
    }

    /** Nothing read at all (the same as equal to an empty profile, without a reflective record compare). */
    private static boolean isEmpty(Profile p) {
        return p.handle() == null && p.displayName() == null && p.bio() == null && p.externalUrl() == null
                && p.avatarUrl() == null && p.verified() == null && p.privateAccount() == null
                && p.followers() == null && p.following() == null && p.posts() == null && p.totalLikes() == null
                && p.language() == null && p.recentPosts().isEmpty();
    }
}
