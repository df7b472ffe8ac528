package dev.creatorwatch.rules.fakefollowers;

import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.Observation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Creator-level audience quality, 0-100, from its parts: engagement rate against the tier's norm, comments-to-likes
 * ratio, follower growth against engagement growth, and (when a follower sample exists) the estimated fake share.
 * The score is the weighted mean of the parts that could be computed; a part that could not is listed with the reason
 * and does not count, so a missing number never reads as a bad one.
 */
public final class AudienceQuality {

    /** Norms and weights; {@code engagementNorm} is the usual engagement rate of the creator's tier. */
    public record Settings(double engagementNorm, double commentsToLikesLow, double commentsToLikesHigh,
                           double growthGapSuspicious, double baselineFakeShare) {

        public static Settings defaults(double engagementNorm) {
            return new Settings(engagementNorm, 0.002, 0.25, 0.7, 0.10);
        }
    }

    /** One part: its 0-100 score (null when it could not be computed), weight, plain reason and numbers. */
    public record Part(String name, Double score, double weight, String reason, Map<String, Object> evidence) {
    }

    /** The result; {@code score} is null when no part could be computed. */
    public record Result(Integer score, List<Part> parts, List<String> reasons) {
    }

    static final double W_ENGAGEMENT = 0.35;
    static final double W_COMMENTS = 0.15;
    static final double W_GROWTH = 0.25;
    static final double W_FAKE_SHARE = 0.25;

    private final Settings s;

    public AudienceQuality(Settings settings) {
        this.s = settings;
    }

    /**
     * @param history earlier snapshots, any order
     * @param sample  a checked follower sample, or null when none was possible
     */
    public Result compute(Observation current, List<Observation> history, FollowerSample sample) {
        List<Part> parts = new ArrayList<>();
        Profile p = current == null ? null : current.profile();
        parts.add(engagement(p));
        parts.add(commentsToLikes(p));
        parts.add(growth(current, history));
        parts.add(fakeShare(sample));
        double num = 0;
        double den = 0;
        for (Part part : parts) {
            if (part.score() != null) {
                num += part.score() * part.weight();
                den += part.weight();
            }
        }
        Integer score = den == 0 ? null : (int) Math.round(num / den);
        return new Result(score, List.copyOf(parts), parts.stream().map(Part::reason).toList());
    }

    private Part engagement(Profile p) {
        Double er = p == null ? null : p.engagementRate();
        if (er == null || !(s.engagementNorm() > 0)) {
            return new Part("engagementRate", null, W_ENGAGEMENT,
                    "Engagement rate unknown: the page showed no followers or no likes on recent posts.", Map.of());
        }
        double ratio = er / s.engagementNorm();
        double score = 100 * Math.min(1.0, ratio);
        return new Part("engagementRate", score, W_ENGAGEMENT, String.format(Locale.ROOT,
                "Engagement rate %.2f%% against a usual %.2f%% for this tier (%.0f%% of the norm).", 100 * er,
                100 * s.engagementNorm(), 100 * ratio),
                Map.of("engagementRate", er, "tierNorm", s.engagementNorm(), "ratio", ratio));
    }

    private Part commentsToLikes(Profile p) {
        long likes = 0;
        long comments = 0;
        int posts = 0;
        if (p != null) {
            for (Post post : p.recentPosts()) {
                if (post.likes() != null && post.comments() != null && post.likes() >= 0 && post.comments() >= 0) {
                    likes += post.likes();
                    comments += post.comments();
                    posts++;
                }
            }
        }
        if (posts == 0 || likes == 0) {
            return new Part("commentsToLikes", null, W_COMMENTS,
                    "Comments-to-likes ratio unknown: no recent post showed both counts.", Map.of());
        }
        double r = comments / (double) likes;
        double score;
        String verdict;
        if (r < s.commentsToLikesLow()) {
            score = 100 * Math.max(0, 1 - Math.log(s.commentsToLikesLow() / Math.max(r, 1e-6)) / Math.log(10));
            verdict = "very few comments for the likes, as with bought likes";
        } else if (r > s.commentsToLikesHigh()) {
            score = 100 * Math.max(0, 1 - Math.log(r / s.commentsToLikesHigh()) / Math.log(4));
            verdict = "unusually many comments for the likes, as with comment pods or bots";
        } else {
            score = 100;
            verdict = "within the usual range";
        }
        return new Part("commentsToLikes", score, W_COMMENTS, String.format(Locale.ROOT,
                "Comments-to-likes ratio %.1f%% over %d recent posts: %s.", 100 * r, posts, verdict),
                Map.of("ratio", r, "posts", posts, "usualLow", s.commentsToLikesLow(), "usualHigh",
                        s.commentsToLikesHigh()));
    }

    private Part growth(Observation current, List<Observation> history) {
        Double fNow = followers(current);
        Double eNow = perPost(current);
        Observation oldest = history == null ? null : history.stream().filter(Objects::nonNull)
                .filter(o -> o.at() != null && followers(o) != null && perPost(o) != null)
                .filter(o -> current == null || current.at() == null || o.at().isBefore(current.at()))
                .min(Comparator.comparing(Observation::at)).orElse(null);
        if (fNow == null || eNow == null || oldest == null) {
            return new Part("growthVsEngagement", null, W_GROWTH,
                    "Follower growth against engagement growth unknown: no earlier snapshot with both numbers.",
                    Map.of());
        }
        double fThen = followers(oldest);
        double eThen = perPost(oldest);
        double followerLog = Math.log((fNow + 1) / (fThen + 1));
        double engagementLog = Math.log((eNow + 1) / (eThen + 1));
        double gap = followerLog - engagementLog;
        double score = gap <= 0.1 ? 100 : 100 * Math.max(0, 1 - (gap - 0.1) / (s.growthGapSuspicious() - 0.1));
        String verdict = gap <= 0.1 ? (followerLog > 0.1 ? "engagement grew with the audience, as with organic growth"
                : "no follower growth running ahead of engagement")
                : "followers grew faster than engagement, as when bought followers do not interact";
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("since", oldest.at().toString());
        ev.put("followerGrowth", Math.expm1(followerLog));
        ev.put("engagementPerPostGrowth", Math.expm1(engagementLog));
        return new Part("growthVsEngagement", score, W_GROWTH, String.format(Locale.ROOT,
                "Since %s followers changed %+.0f%% and engagement per post %+.0f%%: %s.",
                oldest.at().toString().substring(0, 10), 100 * Math.expm1(followerLog), 100 * Math.expm1(engagementLog),
                verdict), ev);
    }

    private Part fakeShare(FollowerSample sample) {
        if (sample == null || sample.sampled() == 0) {
            return new Part("fakeFollowerShare", null, W_FAKE_SHARE,
                    "Fake follower share not estimated: no sample of followers was possible.", Map.of());
        }
        double share = sample.fake() / (double) sample.sampled();
        double[] ci = sample.wilson(1.96);
        double score = 100 * Math.max(0, Math.min(1, 1 - (share - s.baselineFakeShare()) / 0.4));
        return new Part("fakeFollowerShare", score, W_FAKE_SHARE, String.format(Locale.ROOT,
                "About %.0f%% of %d sampled followers look fake (95%% interval %.0f%%-%.0f%%).", 100 * share,
                sample.sampled(), 100 * ci[0], 100 * ci[1]),
                Map.of("sampled", sample.sampled(), "fake", sample.fake(), "share", share, "wilsonLow", ci[0],
                        "wilsonHigh", ci[1]));
    }

    private static Double followers(Observation o) {
        return o == null || o.profile() == null || o.profile().followers() == null || o.profile().followers() < 0
                ? null : o.profile().followers().doubleValue();
    }

    private static Double perPost(Observation o) {
        if (o == null || o.profile() == null) {
            return null;
        }
        var avg = o.profile().recentPosts().stream().map(Post::interactions).filter(Objects::nonNull)
                .mapToLong(Long::longValue).average();
        return avg.isPresent() ? avg.getAsDouble() : null;
    }
}
