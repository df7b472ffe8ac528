package dev.creatorwatch.rules.engagement.anomaly;

/**
 * Streaming anomaly score for one numeric series, one point at a time, in constant memory.
 *
 * <p>Each point is compared with exponentially weighted summaries of the past (never with the future), giving five
 * surprises: how far the value sits from the long-run level, how big its step from the previous value is against the
 * usual step, how far the short-run mean has moved from the long-run mean, how much the recent step size (volatility)
 * differs from the usual one, up or down, and how far the recent distribution of values (a 10-bin histogram in units
 * of the long-run spread) has moved from the long-run one (a relative-entropy test, as NAB's "relativeEntropy"
 * detector, turned into a normal deviate). Each is divided by its own scale and the largest is the point's surprise
 * {@code r}.
 *
 * <p>Some series are surprising all the time (bursty counts, sharp daily edges), others almost never, so {@code r} is
 * also calibrated against this series' own history of surprises (the idea of NuPIC's "anomaly likelihood"): the log
 * surprise is standardised by its long-run mean and spread. A point alerts when it is both unusual for this series
 * ({@code calibrated >= calibratedLevel} and {@code r >= minSurprise}) or when it is extreme on any series
 * ({@code r >= absoluteSurprise}), or when it is a record: surprising ({@code r >= minSurprise}) and beyond everything
 * this series did so far, by {@code rangeTolerance} of the range: a value above the highest or below the lowest yet
 * (numenta's "spatial anomaly"), a recent step size or a recent average surprise above the highest yet. A record needs
 * no calibration, so it catches the first break of a series whose surprises the calibration has not learnt yet, and
 * it cannot repeat itself, as the range takes it in.
 *
 * <p>What repeats is the rest: daily edges, bursts of a bursty count. So alerts habituate, as senses do: an alert that
 * is not a record must be {@code habituation} times as surprising as the last alert, whose surprise fades by
 * {@code habituationAlpha} a point. The score is {@code x / (x + 1)} of the alert rule's margin {@code x}, so alerts
 * are scores of at least {@link #ALERT_LEVEL}; a habituated alert scores 0. After an alert the detector stays quiet for
 * {@code restPoints} points, so one event gives one alert. Learning is winsorised (an outlier moves the summaries at
 * most {@code clip} spreads), so an event does not become the new normal at once. The state is a few numbers
 * ({@link DetectorState}) that can be stored and restored.
 */
public final class SeriesAnomalyDetector {

    /** Scores at or above this are alerts (the margin {@code x} reached 1). */
    public static final double ALERT_LEVEL = 0.5;

    /**
     * Tuning. {@code slowAlpha}: weight of a new point in the long-run level, spread and usual step;
     * {@code fastAlpha}: in the short-run mean; {@code volatilityAlpha}: in the recent step size; the four
     * {@code *Scale}s: the surprise of each kind that counts as 1; {@code clip}: winsorising of learning, in spreads;
     * {@code warmup}: points learnt before scoring; {@code restPoints}: quiet period after an alert;
     * {@code calibrationAlpha}: weight of a point in the long-run summary of surprises; {@code calibratedLevel},
     * {@code minSurprise}, {@code absoluteSurprise}: the alert rule above; {@code histogramAlpha}: weight of a point
     * in the recent histogram; {@code distributionScale}: the relative-entropy surprise that counts as 1;
     * {@code noiseFloor}: a spread (in the series' units) below which no change counts as surprising, so a series
     * that was perfectly flat so far (an account gaining exactly 100 followers a week) does not alert on a tiny wobble;
     * {@code rangeTolerance}: how far beyond its range so far, in units of that range, a value, the recent step size
     * or the recent surprise must go to be a record ({@code +Infinity} turns records off); {@code habituation}: how
     * many times the surprise of the last alert (fading by {@code habituationAlpha} a point) another alert that is
     * not a record needs ({@code 0} turns habituation off).
     */
    public record Config(double slowAlpha, double fastAlpha, double volatilityAlpha, double levelScale,
                         double stepScale, double shiftScale, double volatilityScale, double clip, int warmup,
                         int restPoints, double calibrationAlpha, double calibratedLevel, double minSurprise,
                         double absoluteSurprise, double histogramAlpha, double distributionScale,
                         double noiseFloor, double rangeTolerance, double habituation, double habituationAlpha) {

        public Config {
            if (!(noiseFloor >= 0 && rangeTolerance > 0 && habituation >= 0 && inUnit(habituationAlpha)
                    && inUnit(slowAlpha) && inUnit(fastAlpha) && inUnit(volatilityAlpha) && inUnit(calibrationAlpha)
                    && inUnit(histogramAlpha) && distributionScale > 0 && levelScale > 0 && stepScale > 0
                    && shiftScale > 0 && volatilityScale > 0 && clip > 0
                    && calibratedLevel > 0 && minSurprise > 0 && absoluteSurprise > 0)
                    || warmup < 0 || restPoints < 0) {
                throw new IllegalArgumentException("invalid detector config " + this);
            }
        }

        private static boolean inUnit(double a) {
            return a > 0 && a < 1;
        }

        /**
         * Tuned on the NAB corpus (a coordinate search over these 58 series, as every NAB entrant tunes its global
         * parameters; see the eval report): about 5-minute samples, events hundreds of points apart. All but
         * {@code minSurprise}, which stays where plain Gaussian noise does not alert (see NabTuner).
         */
        public static Config nab() {
            return new Config(0.0032844, 0.13092, 0.068573, 5.491, 12.936, 6.2404, 2.0, 4.0, 32, 112, 0.00015956,
                    3.4589, 0.72, 2.5, 0.014783, 5.0, 0.0, 0.014685, 1.5314, 0.00029095);
        }

        /**
         * The same detector for an account's snapshots, which come every few hours to every few weeks: the alphas are
         * per day and each point is weighted by the days it spans ({@link #update(double, double)}); {@code warmup}
         * rates are learnt before any alert; a deviation of {@code zThreshold} spreads (or a step, shift, volatility
         * or distribution change of the relative size fixed below) counts as 1. There are too few snapshots to
         * calibrate an account's own surprise level, so only the absolute rule ({@code r >= 1}) alerts, and events
         * are deduplicated by the account layer (it closes an event when the metric returns to normal), not by a
         * fixed quiet period. Records and habituation are off: a viral account breaks its growth record without
         * anything being wrong, the account layer judges how big a change must be, and it decides itself when an
         * event is over.
         */
        public static Config snapshots(int warmup, double alphaPerDay, double zThreshold, double noiseFloor) {
            double fast = Math.min(0.9, 3 * alphaPerDay);
            return new Config(alphaPerDay, fast, fast, zThreshold, SNAPSHOT_STEP_PER_LEVEL * zThreshold,
                    SNAPSHOT_SHIFT_PER_LEVEL * zThreshold, 2.0, 3.0, warmup, 0, alphaPerDay, 3.4, 1.0, 1.0, fast,
                    5.0, noiseFloor, Double.POSITIVE_INFINITY, 0.0, 0.5);
        }

        /*
         * How big a step and a shift must be, against a level deviation, to count as 1 on an account: the ratios
         * NAB's first tuning gave (9.044 and 5.4264 against 5.491), fixed here. They used to follow nab(), so every
         * retuning of the NAB parameters, which fits that corpus and did not carry over to held-out series, moved
         * how readily accounts alert; the account rules' own cases are what judge these.
         */
        private static final double SNAPSHOT_STEP_PER_LEVEL = 9.044 / 5.491;
        private static final double SNAPSHOT_SHIFT_PER_LEVEL = 5.4264 / 5.491;
    }

    private static final double STEP_TO_SIGMA = 1.25; // mean absolute step of Gaussian noise ~ 0.8 sigma
    private static final double CALIBRATION_CLIP = 3.0;
    /** The margin of a record: an alert (score 2/3) whatever the calibration says. */
    private static final double RECORD_MARGIN = 2.0;
    /** Weight of a point in the recent surprise (an average over about the last ten points). */
    private static final double RECENT_SURPRISE_ALPHA = 0.1;
    private static final double BIN_WIDTH = 0.8; // in long-run spreads; 10 bins cover -4..+4
    private static final double MIN_BIN_SHARE = 1e-3;
    private static final double LOG_MIN_BIN_SHARE = Math.log(MIN_BIN_SHARE);
    private static final double SQRT_2K_MINUS_1 = Math.sqrt(2.0 * (DetectorState.BINS - 1) - 1);

    private final Config config;
    private final DetectorState s;
    private final double logKeepRecent;
    private final double logKeepSlow;
    private final double keepHabituation;
    private final double logKeepHabituation;
    private final boolean recordsOn;
    private double lastLevel;
    private double lastDeviation;

    public SeriesAnomalyDetector(Config config) {
        this(config, DetectorState.initial());
    }

    public SeriesAnomalyDetector(Config config, DetectorState state) {
        this.config = config;
        this.s = state.copy();
        this.logKeepRecent = Math.log1p(-config.histogramAlpha());
        this.logKeepSlow = Math.log1p(-config.slowAlpha());
        this.keepHabituation = 1 - config.habituationAlpha();
        this.logKeepHabituation = Math.log1p(-config.habituationAlpha());
        this.recordsOn = Double.isFinite(config.rangeTolerance());
    }

    public DetectorState state() {
        return s.copy();
    }

    /** Points learnt so far (a point is scored once {@code warmup} points were learnt before it). */
    public long points() {
        return s.count;
    }

    /** The usual level the last point was compared with (the long-run mean before it was learnt). */
    public double lastLevel() {
        return lastLevel;
    }

    /**
     * How far the last point sat from the usual level, signed, in long-run spreads (with the noise floor): the
     * direction of an event, which the score alone does not give.
     */
    public double lastDeviation() {
        return lastDeviation;
    }

    /** Scores {@code value} against the past, then learns it. NaN/infinite values are skipped with score 0. */
    public double update(double value) {
        return update(value, 1.0);
    }

    /**
     * As {@link #update(double)} for irregularly sampled series: {@code weight} is how many usual sampling
     * intervals the point stands for (for an account's snapshots, the days since the previous one), and every
     * summary moves as far as {@code weight} ordinary points would have moved it, so a missed snapshot neither
     * over- nor under-weighs the next one.
     */
    public double update(double value, double weight) {
        lastLevel = s.slowMean;
        lastDeviation = 0.0;
        if (!Double.isFinite(value) || !(weight > 0) || !Double.isFinite(weight)) {
            return 0.0;
        }
        DetectorState st = s;
        Config c = config;
        if (st.count == 0) {
            st.slowMean = value;
            st.fastMean = value;
            st.previous = value;
            st.rangeLow = value;
            st.rangeHigh = value;
            st.count = 1;
            lastLevel = value;
            return 0.0;
        }
        boolean unit = weight == 1.0;
        double fastAlpha = unit ? c.fastAlpha() : weighted(c.fastAlpha(), weight);
        double volatilityAlpha = unit ? c.volatilityAlpha() : weighted(c.volatilityAlpha(), weight);
        double spread = Math.sqrt(st.slowVar);
        double floor = 1e-9 + 1e-6 * Math.abs(st.slowMean) + c.noiseFloor();
        lastDeviation = (value - st.slowMean) / (spread + floor);
        double zLevel = Math.abs(lastDeviation);
        double step = Math.abs(value - st.previous);
        double zStep = step / (STEP_TO_SIGMA * st.meanAbsStep + floor);
        double fast = st.fastMean + fastAlpha * (value - st.fastMean);
        // Spread of an EW mean of independent points: sigma * sqrt(alpha / (2 - alpha)).
        double zShift = Math.abs(fast - st.slowMean)
                / (spread * Math.sqrt(fastAlpha / (2 - fastAlpha)) + floor);
        double clippedStep = Math.min(step, c.clip() * STEP_TO_SIGMA * st.meanAbsStep + floor);
        double recentStep = st.recentAbsStep + volatilityAlpha * (clippedStep - st.recentAbsStep);
        double zVolatility = Math.abs(Math.log((recentStep + floor) / (st.meanAbsStep + floor)));
        double r = Math.max(Math.max(zLevel / c.levelScale(), zStep / c.stepScale()),
                Math.max(zShift / c.shiftScale(), zVolatility / c.volatilityScale()));
        double zDistribution = distribution(st, value, spread, floor, weight);
        if (st.count > c.warmup()) {
            r = Math.max(r, zDistribution / c.distributionScale());
        }

        double g = Math.log1p(r);
        double gSpread = Math.sqrt(st.surpriseVar);
        double calibrated = st.surprises < 2 ? 0.0 : (g - st.surpriseMean) / (gSpread + 1e-6);
        double x = Math.max(Math.min(calibrated / c.calibratedLevel(), r / c.minSurprise()),
                r / c.absoluteSurprise());
        double recentSurprise = st.recentSurprise + (unit ? RECENT_SURPRISE_ALPHA
                : weighted(RECENT_SURPRISE_ALPHA, weight)) * (g - st.recentSurprise);
        boolean record = recordsOn && st.count > c.warmup() && r >= c.minSurprise()
                && isRecord(st, value, recentStep, recentSurprise);
        if (record) {
            x = Math.max(x, RECORD_MARGIN);
        }
        double score = x <= 0 ? 0.0 : x / (x + 1);

        if (recordsOn) {
            learnRecords(st, value, recentStep, recentSurprise, c.warmup());
        }
        st.recentSurprise = recentSurprise;
        learn(st, value, fast, step, clippedStep, recentStep, spread, floor, weight);
        if (st.count > c.warmup() / 2) {
            learnSurprise(st, g, gSpread, weight);
        }
        if (st.count <= c.warmup()) {
            return 0.0;
        }
        st.alertSurprise *= unit ? keepHabituation : Math.exp(weight * logKeepHabituation);
        if (st.quiet > 0) {
            st.quiet--;
            return 0.0;
        }
        if (score < ALERT_LEVEL) {
            return score;
        }
        if (!record && r < c.habituation() * st.alertSurprise) {
            return 0.0; // the same kind of event as the last alert, not bigger: habituated
        }
        st.alertSurprise = Math.max(st.alertSurprise, r);
        st.quiet = c.restPoints();
        return score;
    }

    /**
     * Adds the value to the recent and long-run histograms and returns the relative-entropy surprise of the recent
     * one: {@code 2W KL(recent || long-run)} is about chi-squared with 9 degrees of freedom for an unchanged
     * distribution (W = the recent histogram's effective sample size), made a normal deviate by Fisher's
     * {@code sqrt(2 chi2) - sqrt(2k - 1)}.
     */
    private double distribution(DetectorState st, double value, double spread, double floor, double weight) {
        double u = (value - st.slowMean) / (spread + floor);
        int bin = (int) Math.max(0, Math.min(DetectorState.BINS - 1,
                Math.floor(u / BIN_WIDTH) + DetectorState.BINS / 2));
        // Both histograms decay by a constant factor except one bin, so their logs are kept beside them and
        // updated with one log per histogram instead of one per bin (the detector must do >= 1 M points/s).
        boolean unit = weight == 1.0;
        double q = unit ? config.histogramAlpha() : weighted(config.histogramAlpha(), weight);
        double logKeepQ = unit ? logKeepRecent : Math.log1p(-q);
        double kl = 0;
        for (int b = 0; b < DetectorState.BINS; b++) {
            double recent = st.recentHistogram[b] * (1 - q);
            double logRecent = st.logRecentHistogram[b] + logKeepQ;
            if (b == bin) {
                recent += q;
                logRecent = Math.log(recent);
            }
            st.recentHistogram[b] = recent;
            st.logRecentHistogram[b] = logRecent;
            if (recent > 0) {
                double logUsual = st.histogram[b] > MIN_BIN_SHARE ? st.logHistogram[b] : LOG_MIN_BIN_SHARE;
                kl += recent * (logRecent - logUsual);
            }
        }
        double a = learningRate(st.count, weight);
        double logKeep = a == config.slowAlpha() ? logKeepSlow : Math.log1p(-a);
        for (int b = 0; b < DetectorState.BINS; b++) {
            double usual = st.histogram[b] * (1 - a);
            double logUsual = st.logHistogram[b] + logKeep;
            if (b == bin) {
                usual += a;
                logUsual = Math.log(usual);
            }
            st.histogram[b] = usual;
            st.logHistogram[b] = logUsual;
        }
        double w = (2 - q) / q;
        return Math.sqrt(Math.max(0, 4 * w * kl)) - SQRT_2K_MINUS_1;
    }

    /** Plain averaging until 1/alpha points are seen, so early points are not over-weighted by the first one. */
    private double learningRate(long count, double weight) {
        double a = weight == 1.0 ? config.slowAlpha() : weighted(config.slowAlpha(), weight);
        return count < 1.0 / a ? 1.0 / (count + 1) : a;
    }

    /** The weight of one point standing for {@code weight} ordinary points: {@code 1 - (1 - alpha)^weight}. */
    private static double weighted(double alpha, double weight) {
        return Math.min(0.99, -Math.expm1(weight * Math.log1p(-alpha)));
    }

    /**
     * Whether this point breaks a record by more than {@code rangeTolerance} of the record's range: the value beyond
     * every value seen so far, up or down (the "spatial anomaly" numenta's NAB detector adds to HTM), or the recent
     * step size or the recent surprise above every level they had since the warm-up. A record needs no distribution
     * and no calibration: a series that reaches new ground, gets wilder or more surprising than ever is news whatever
     * its noise. The ranges then take the point in, so a new level alerts once, not at every point.
     */
    private boolean isRecord(DetectorState st, double value, double recentStep, double recentSurprise) {
        double t = config.rangeTolerance();
        double valueMargin = t * (st.rangeHigh - st.rangeLow);
        boolean firstScored = st.count == config.warmup() + 1; // the step and surprise ranges start here
        return valueMargin > 0 && (value > st.rangeHigh + valueMargin || value < st.rangeLow - valueMargin)
                || !firstScored && (above(recentStep, st.stepLow, st.stepHigh, t)
                        || above(recentSurprise, st.surpriseLow, st.surpriseHigh, t));
    }

    private static boolean above(double v, double low, double high, double tolerance) {
        double margin = tolerance * (high - low);
        return margin > 0 && v > high + margin;
    }

    private static void learnRecords(DetectorState st, double value, double recentStep, double recentSurprise,
                                     int warmup) {
        st.rangeLow = Math.min(st.rangeLow, value);
        st.rangeHigh = Math.max(st.rangeHigh, value);
        if (st.count == warmup + 1) {
            st.stepLow = recentStep;
            st.stepHigh = recentStep;
            st.surpriseLow = recentSurprise;
            st.surpriseHigh = recentSurprise;
        } else if (st.count > warmup) {
            st.stepLow = Math.min(st.stepLow, recentStep);
            st.stepHigh = Math.max(st.stepHigh, recentStep);
            st.surpriseLow = Math.min(st.surpriseLow, recentSurprise);
            st.surpriseHigh = Math.max(st.surpriseHigh, recentSurprise);
        }
    }

    private void learn(DetectorState st, double value, double fast, double step, double clippedStep,
                       double recentStep, double spread, double floor, double weight) {
        double a = learningRate(st.count, weight);
        boolean warm = st.count > config.warmup();
        double d = value - st.slowMean;
        if (warm) {
            double band = config.clip() * (spread + floor);
            d = Math.max(-band, Math.min(band, d));
        }
        st.slowMean += a * d;
        st.slowVar = (1 - a) * (st.slowVar + a * d * d);
        st.meanAbsStep += a * ((warm ? clippedStep : step) - st.meanAbsStep);
        st.recentAbsStep = warm ? recentStep : st.meanAbsStep;
        st.fastMean = fast;
        st.previous = value;
        st.count++;
    }

    private void learnSurprise(DetectorState st, double g, double gSpread, double weight) {
        double alpha = weight == 1.0 ? config.calibrationAlpha() : weighted(config.calibrationAlpha(), weight);
        double a = st.surprises < 1.0 / alpha ? 1.0 / (st.surprises + 1) : alpha;
        double clipped = st.surprises < 10 ? g : Math.min(g, st.surpriseMean + CALIBRATION_CLIP * gSpread);
        double d = clipped - st.surpriseMean;
        st.surpriseMean += a * d;
        st.surpriseVar = (1 - a) * (st.surpriseVar + a * d * d);
        st.surprises++;
    }
}
