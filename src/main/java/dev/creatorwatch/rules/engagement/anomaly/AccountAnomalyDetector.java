package dev.creatorwatch.rules.engagement.anomaly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streaming event detector for one account's snapshots: follower jumps (bought followers), follower drops (purges),
 * engagement spikes without follower growth (pods, bought likes) and posting bursts. One snapshot at a time, in
 * constant memory ({@link AccountAnomalyState}, persistable as JSON).
 *
 * <p>Snapshots come at irregular times and some are missing, so every change is turned into a per-day rate over the
 * gap it spans, and the usual rate is learnt with time-aware smoothing. A jump that comes with a matching rise in
 * engagement per post is a viral moment, not fraud, and raises nothing. Each event alerts once, when it opens; it
 * closes when the rate falls back to half its trigger level.
 */
public final class AccountAnomalyDetector {

    /** Thresholds, read from the rule file's parameters. */
    public record Settings(int minRates, double alphaPerDay, double zThreshold, double jumpMinFraction,
                           double dropMinFraction, double followerNoiseFloorPerDay, double viralEngagementRatio,
                           double spikeRatio, double spikeMaxFollowerGrowth, double burstRatio, long burstMinPosts,
                           double minPostsPerDay) {

        public static Settings defaults() {
            return new Settings(2, 0.1, 4.0, 0.10, 0.05, 0.002, 1.5, 3.0, 0.05, 5.0, 10, 0.2);
        }
    }

    private static final double SECONDS_PER_DAY = 86_400.0;
    private static final double CLIP = 3.0;
    private static final double ENGAGEMENT_LOG_FLOOR = 0.05;

    private final Settings cfg;
    private final AccountAnomalyState st;

    public AccountAnomalyDetector(Settings settings) {
        this(settings, new AccountAnomalyState());
    }

    public AccountAnomalyDetector(Settings settings, AccountAnomalyState state) {
        this.cfg = settings;
        this.st = state.copy();
    }

    public AccountAnomalyState state() {
        return st.copy();
    }

    /** Learns one snapshot and returns the events it opens (usually none). Snapshots must come oldest first. */
    public List<AnomalyEvent> update(AccountPoint point) {
        long t = point.at().getEpochSecond();
        List<AnomalyEvent> events = new ArrayList<>();

        // Engagement per post, in logs so "3x usual" is the same step for any account size.
        Double e = point.engagementPerPost();
        double engagementRatio = Double.NaN;
        double engagementZ = Double.NaN;
        MetricState em = st.engagement;
        if (e != null && e >= 0 && Double.isFinite(e)) {
            double l = Math.log1p(e);
            if (em.rates >= cfg.minRates()) {
                engagementRatio = Math.exp(l - em.mean);
                engagementZ = (l - em.mean) / (1.25 * em.absDev + ENGAGEMENT_LOG_FLOOR);
            }
        }

        double followerExcess = followers(point, t, engagementRatio, events);

        if (!Double.isNaN(engagementRatio)) {
            boolean spike = engagementRatio >= cfg.spikeRatio() && engagementZ >= cfg.zThreshold()
                    && (Double.isNaN(followerExcess) || followerExcess < cfg.spikeMaxFollowerGrowth());
            if (spike && !st.spikeOpen) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("engagementPerPost", round(e));
                ev.put("usualEngagementPerPost", round(Math.expm1(em.mean)));
                ev.put("ratio", round(engagementRatio));
                ev.put("spikeRatioThreshold", cfg.spikeRatio());
                ev.put("followerExcessFraction", Double.isNaN(followerExcess) ? "unknown" : round(followerExcess));
                events.add(new AnomalyEvent(AnomalyKind.ENGAGEMENT_SPIKE, point.at(),
                        confidence(engagementRatio / cfg.spikeRatio()),
                        String.format(Locale.ROOT, "Engagement per post jumped to %s, %.1fx the usual %s, while "
                                + "followers did not grow: typical of engagement pods or bought likes.",
                                count(e), engagementRatio, count(Math.expm1(em.mean))), ev));
            }
            if (spike) {
                st.spikeOpen = true;
            } else if (engagementRatio < Math.sqrt(cfg.spikeRatio())) {
                st.spikeOpen = false;
            }
        }
        if (e != null && e >= 0 && Double.isFinite(e)) {
            em.learn(Math.log1p(e), 1.0, cfg.alphaPerDay(), CLIP, ENGAGEMENT_LOG_FLOOR);
        }

        posts(point, t, events);
        return events;
    }

    /** Returns the follower excess over the usual growth in this gap (fraction of followers), or NaN. */
    private double followers(AccountPoint point, long t, double engagementRatio, List<AnomalyEvent> events) {
        MetricState m = st.followers;
        Long f = point.followers();
        if (f == null || f < 0) {
            return Double.NaN;
        }
        double excess = Double.NaN;
        if (!Double.isNaN(m.lastValue) && t > m.lastAtEpochSecond) {
            double days = Math.max((t - m.lastAtEpochSecond) / SECONDS_PER_DAY, 1.0 / 24);
            double before = m.lastValue;
            double change = (f - before) / Math.max(before, 1.0);
            double growth = change / days;
            excess = (growth - m.mean) * days;
            double z = (growth - m.mean) / (1.25 * m.absDev + cfg.followerNoiseFloorPerDay());
            boolean ready = m.rates >= cfg.minRates();
            boolean jump = ready && excess >= cfg.jumpMinFraction() && z >= cfg.zThreshold();
            // A purge is a real loss: growth that merely slowed (say after a fast start) is not a drop.
            boolean drop = ready && change <= -cfg.dropMinFraction() && excess <= -cfg.dropMinFraction()
                    && z <= -cfg.zThreshold();
            boolean viral = jump && engagementRatio >= cfg.viralEngagementRatio();
            if ((jump || drop) && !m.open) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("followersBefore", (long) before);
                ev.put("followersNow", f);
                ev.put("days", round(days));
                ev.put("changeFraction", round(change));
                ev.put("usualGrowthPerDay", round(m.mean));
                ev.put("excessFraction", round(excess));
                ev.put("engagementPerPostRatio", Double.isNaN(engagementRatio) ? "unknown" : round(engagementRatio));
                String changeText = String.format(Locale.ROOT, "%s %.0f%% (%s to %s) in %s days, against a usual "
                        + "%.2f%% a day", f >= before ? "rose" : "fell", 100 * Math.abs(change), count(before),
                        count(f), days(days), 100 * m.mean);
                if (drop) {
                    events.add(new AnomalyEvent(AnomalyKind.FOLLOWER_DROP, point.at(),
                            confidence(-excess / cfg.dropMinFraction()), "Followers " + changeText
                            + ": typical of a platform purge of fake followers or mass unfollowing.", ev));
                } else if (!viral) {
                    String engagement = Double.isNaN(engagementRatio)
                            ? "engagement per post could not be compared"
                            : String.format(Locale.ROOT, "engagement per post stayed at %.1fx its usual level",
                                    engagementRatio);
                    events.add(new AnomalyEvent(AnomalyKind.FOLLOWER_JUMP, point.at(),
                            confidence(excess / cfg.jumpMinFraction()) * (Double.isNaN(engagementRatio) ? 0.7 : 1.0),
                            "Followers " + changeText + ", while " + engagement + ": typical of bought followers.",
                            ev));
                }
            }
            if (jump || drop) {
                m.open = true; // a viral jump is an event too: it must not alert later while it lasts
            } else if (Math.abs(excess) < Math.min(cfg.jumpMinFraction(), cfg.dropMinFraction()) / 2) {
                m.open = false;
            }
            m.learn(growth, days, cfg.alphaPerDay(), CLIP, cfg.followerNoiseFloorPerDay());
        }
        if (Double.isNaN(m.lastValue) || t > m.lastAtEpochSecond) {
            m.lastValue = f;
            m.lastAtEpochSecond = t;
        }
        return excess;
    }

    private void posts(AccountPoint point, long t, List<AnomalyEvent> events) {
        MetricState m = st.posts;
        Long p = point.posts();
        if (p == null || p < 0) {
            return;
        }
        if (!Double.isNaN(m.lastValue) && t > m.lastAtEpochSecond) {
            double days = Math.max((t - m.lastAtEpochSecond) / SECONDS_PER_DAY, 1.0 / 24);
            double added = Math.max(0, p - m.lastValue); // deleted posts are not negative posting
            double perDay = added / days;
            double usual = Math.max(m.mean, cfg.minPostsPerDay());
            boolean burst = m.rates >= cfg.minRates() && added >= cfg.burstMinPosts()
                    && perDay >= cfg.burstRatio() * usual;
            if (burst && !m.open) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("newPosts", (long) added);
                ev.put("days", round(days));
                ev.put("postsPerDay", round(perDay));
                ev.put("usualPostsPerDay", round(m.mean));
                ev.put("burstRatioThreshold", cfg.burstRatio());
                events.add(new AnomalyEvent(AnomalyKind.POSTING_BURST, point.at(),
                        confidence(perDay / (cfg.burstRatio() * usual)),
                        String.format(Locale.ROOT, "%d new posts in %s days (%.1f a day) against a usual %.1f a "
                                + "day: a posting burst, seen with spam or a hijacked account.", (long) added,
                                days(days), perDay, m.mean), ev));
            }
            if (burst) {
                m.open = true;
            } else if (perDay < cfg.burstRatio() * usual / 2) {
                m.open = false;
            }
            m.learn(perDay, days, cfg.alphaPerDay(), CLIP, cfg.minPostsPerDay());
        }
        if (Double.isNaN(m.lastValue) || t > m.lastAtEpochSecond) {
            m.lastValue = p;
            m.lastAtEpochSecond = t;
        }
    }

    /** 0.6 at the trigger level, rising towards 1 as the event grows. */
    private static double confidence(double timesTrigger) {
        double x = Math.max(1.0, timesTrigger);
        return Math.min(1.0, 0.6 + 0.4 * (1 - 1 / x));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static String count(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    private static String days(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
