package dev.creatorwatch.rules.engagement.anomaly;

import dev.creatorwatch.rules.ElapsedText;
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
 * <p>Whether a metric moved unusually is decided by {@link SeriesAnomalyDetector}, the same streaming detector the
 * NAB evaluation scores, one per metric ({@link SeriesAnomalyDetector.Config#snapshots}). Snapshots come at irregular
 * times and some are missing, so every change is turned into a per-day rate over the gap it spans and fed to the
 * detector weighted by the days it covers. This class adds what only an account has: which metrics, how big a change
 * must be to matter (a share of followers, a multiple of engagement), the viral exception (a jump that comes with a
 * matching rise in engagement per post is a viral moment, not fraud, and raises nothing), evidence and plain words.
 * Each event alerts once, when it opens; it closes when the metric falls back to half its trigger level.
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

        SeriesAnomalyDetector.Config series(double noiseFloor) {
            // The series detector scores a point once it has learnt `warmup` points, as minRates asks.
            return SeriesAnomalyDetector.Config.snapshots(minRates, alphaPerDay, zThreshold, noiseFloor);
        }
    }

    private static final double SECONDS_PER_DAY = 86_400.0;
    private static final double MIN_GAP_DAYS = 1.0 / 24;
    /** Engagement per post is compared in logs (3x usual is the same step for any account size); 5 % is noise. */
    private static final double ENGAGEMENT_LOG_FLOOR = 0.05;

    private final Settings cfg;
    private final AccountAnomalyState st;
    private final SeriesAnomalyDetector followerSeries;
    private final SeriesAnomalyDetector engagementSeries;
    private final SeriesAnomalyDetector postSeries;

    public AccountAnomalyDetector(Settings settings) {
        this(settings, new AccountAnomalyState());
    }

    public AccountAnomalyDetector(Settings settings, AccountAnomalyState state) {
        this.cfg = settings;
        this.st = state.copy();
        this.followerSeries = new SeriesAnomalyDetector(settings.series(settings.followerNoiseFloorPerDay()),
                st.followers.series);
        this.engagementSeries = new SeriesAnomalyDetector(settings.series(ENGAGEMENT_LOG_FLOOR), st.engagement.series);
        this.postSeries = new SeriesAnomalyDetector(settings.series(settings.minPostsPerDay()), st.posts.series);
    }

    public AccountAnomalyState state() {
        AccountAnomalyState c = st.copy();
        c.followers.series = followerSeries.state();
        c.engagement.series = engagementSeries.state();
        c.posts.series = postSeries.state();
        return c;
    }

    /** Learns one snapshot and returns the events it opens (usually none). Snapshots must come oldest first. */
    public List<AnomalyEvent> update(AccountPoint point) {
        long t = point.at().getEpochSecond();
        List<AnomalyEvent> events = new ArrayList<>();

        Double e = point.engagementPerPost();
        MetricState em = st.engagement;
        double engagementRatio = Double.NaN;
        double usualEngagement = Double.NaN;
        boolean engagementUp = false;
        if (e != null && e >= 0 && Double.isFinite(e) && (Double.isNaN(em.lastValue) || t > em.lastAtEpochSecond)) {
            double days = Double.isNaN(em.lastValue) ? 1.0 : gapDays(t, em.lastAtEpochSecond);
            boolean ready = engagementSeries.points() >= cfg.minRates();
            double score = engagementSeries.update(Math.log1p(e), days);
            if (ready) {
                usualEngagement = Math.expm1(engagementSeries.lastLevel());
                engagementRatio = Math.exp(Math.log1p(e) - engagementSeries.lastLevel());
                engagementUp = score >= SeriesAnomalyDetector.ALERT_LEVEL && engagementSeries.lastDeviation() > 0;
            }
            em.lastValue = e;
            em.lastAtEpochSecond = t;
        }

        double followerExcess = followers(point, t, engagementRatio, events);

        if (!Double.isNaN(engagementRatio)) {
            boolean spike = engagementUp && engagementRatio >= cfg.spikeRatio()
                    && (Double.isNaN(followerExcess) || followerExcess < cfg.spikeMaxFollowerGrowth());
            if (spike && !st.spikeOpen) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("engagementPerPost", round(e));
                ev.put("usualEngagementPerPost", round(usualEngagement));
                ev.put("ratio", round(engagementRatio));
                ev.put("spikeRatioThreshold", cfg.spikeRatio());
                ev.put("followerExcessFraction", Double.isNaN(followerExcess) ? "unknown" : round(followerExcess));
                events.add(new AnomalyEvent(AnomalyKind.ENGAGEMENT_SPIKE, point.at(),
                        confidence(engagementRatio / cfg.spikeRatio()),
                        String.format(Locale.ROOT, "Engagement per post jumped to %s, %.1fx the usual %s, while "
                                + "followers did not grow: typical of engagement pods or bought likes.",
                                count(e), engagementRatio, count(usualEngagement)), ev));
            }
            if (spike) {
                st.spikeOpen = true;
            } else if (engagementRatio < Math.sqrt(cfg.spikeRatio())) {
                st.spikeOpen = false;
            }
        }

        posts(point, t, events);
        return events;
    }

    private static double gapDays(long t, long before) {
        return Math.max((t - before) / SECONDS_PER_DAY, MIN_GAP_DAYS);
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
            double days = gapDays(t, m.lastAtEpochSecond);
            double before = m.lastValue;
            double change = (f - before) / Math.max(before, 1.0);
            double growth = change / days;
            boolean ready = followerSeries.points() >= cfg.minRates();
            double score = followerSeries.update(growth, days);
            double usual = followerSeries.lastLevel();
            excess = (growth - usual) * days;
            boolean unusual = ready && score >= SeriesAnomalyDetector.ALERT_LEVEL;
            boolean jump = unusual && followerSeries.lastDeviation() > 0 && excess >= cfg.jumpMinFraction();
            // A purge is a real loss: growth that merely slowed (say after a fast start) is not a drop.
            boolean drop = unusual && followerSeries.lastDeviation() < 0 && change <= -cfg.dropMinFraction()
                    && excess <= -cfg.dropMinFraction();
            boolean viral = jump && engagementRatio >= cfg.viralEngagementRatio();
            if ((jump || drop) && !m.open) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("followersBefore", (long) before);
                ev.put("followersNow", f);
                ev.put("days", round(days));
                ev.put("changeFraction", round(change));
                ev.put("usualGrowthPerDay", round(usual));
                ev.put("excessFraction", round(excess));
                ev.put("deviations", round(followerSeries.lastDeviation()));
                ev.put("engagementPerPostRatio", Double.isNaN(engagementRatio) ? "unknown" : round(engagementRatio));
                String changeText = String.format(Locale.ROOT, "%s %.0f%% (%s to %s) %s, against a usual "
                        + "%.2f%% a day", f >= before ? "rose" : "fell", 100 * Math.abs(change), count(before),
                        count(f), ElapsedText.of(days), 100 * usual);
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
            double days = gapDays(t, m.lastAtEpochSecond);
            double added = Math.max(0, p - m.lastValue); // deleted posts are not negative posting
            double perDay = added / days;
            boolean ready = postSeries.points() >= cfg.minRates();
            double score = postSeries.update(perDay, days);
            double usualPerDay = postSeries.lastLevel();
            double usual = Math.max(usualPerDay, cfg.minPostsPerDay());
            boolean burst = ready && score >= SeriesAnomalyDetector.ALERT_LEVEL && postSeries.lastDeviation() > 0
                    && added >= cfg.burstMinPosts() && perDay >= cfg.burstRatio() * usual;
            if (burst && !m.open) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("newPosts", (long) added);
                ev.put("days", round(days));
                ev.put("postsPerDay", round(perDay));
                ev.put("usualPostsPerDay", round(usualPerDay));
                ev.put("burstRatioThreshold", cfg.burstRatio());
                events.add(new AnomalyEvent(AnomalyKind.POSTING_BURST, point.at(),
                        confidence(perDay / (cfg.burstRatio() * usual)),
                        String.format(Locale.ROOT, "%d new posts %s (%.1f a day) against a usual %.1f a "
                                + "day: a posting burst, seen with spam or a hijacked account.", (long) added,
                                ElapsedText.of(days), perDay, usualPerDay), ev));
            }
            if (burst) {
                m.open = true;
            } else if (perDay < cfg.burstRatio() * usual / 2) {
                m.open = false;
            }
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

}
