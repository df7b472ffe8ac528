package dev.creatorwatch.rules.engagement.anomaly;

/**
 * Streaming anomaly score for one numeric series, one point at a time, in constant memory.
 *
 * <p>Each point is compared with exponentially weighted summaries of the past (never with the future): how far the
 * value sits from the long-run level, how big its step from the previous value is against the usual step, and how
 * far the short-run mean has moved from the long-run mean. The largest of these surprises (in units of the usual
 * spread) becomes a score in [0,1). Once a point reaches {@code alertLevel} the detector stays quiet for
 * {@code restPoints} points, so one event gives one alert. The state is a few numbers ({@link DetectorState}) that
 * can be stored and restored.
 */
public final class SeriesAnomalyDetector {

    /**
     * Tuning. {@code slowAlpha}: weight of a new point in the long-run level and spread; {@code fastAlpha}: in the
     * short-run mean; {@code warmup}: points learnt before scoring; {@code restPoints}: quiet period after an alert;
     * {@code scale}: the surprise that maps to score 0.5.
     */
    public record Config(double slowAlpha, double fastAlpha, int warmup, int restPoints, double alertLevel,
                         double scale) {

        public Config {
            if (!(slowAlpha > 0 && slowAlpha <= 1 && fastAlpha > 0 && fastAlpha < 1 && scale > 0)
                    || warmup < 0 || restPoints < 0) {
                throw new IllegalArgumentException("invalid detector config " + this);
            }
        }

        /** Tuned on the NAB corpus (see the eval report): about 5-minute samples, events hundreds of points apart. */
        public static Config nab() {
            return new Config(0.001, 0.1, 100, 200, 0.35, 12.0);
        }
    }

    private final Config config;
    private final DetectorState s;

    public SeriesAnomalyDetector(Config config) {
        this(config, DetectorState.initial());
    }

    public SeriesAnomalyDetector(Config config, DetectorState state) {
        this.config = config;
        this.s = state.copy();
    }

    public DetectorState state() {
        return s.copy();
    }

    /** Scores {@code value} against the past, then learns it. NaN/infinite values are skipped with score 0. */
    public double update(double value) {
        if (!Double.isFinite(value)) {
            return 0.0;
        }
        DetectorState st = s;
        if (st.count == 0) {
            st.slowMean = value;
            st.fastMean = value;
            st.previous = value;
            st.count = 1;
            return 0.0;
        }
        double spread = Math.sqrt(st.slowVar);
        double floor = 1e-9 + 1e-6 * Math.abs(st.slowMean);
        double zLevel = Math.abs(value - st.slowMean) / (spread + floor);
        double step = Math.abs(value - st.previous);
        double zStep = step / (1.25 * st.meanAbsStep + floor);
        double fast = st.fastMean + config.fastAlpha() * (value - st.fastMean);
        // Spread of an EW mean of independent points: sigma * sqrt(alpha / (2 - alpha)).
        double zShift = Math.abs(fast - st.slowMean)
                / (spread * Math.sqrt(config.fastAlpha() / (2 - config.fastAlpha())) + floor);
        double z = Math.max(zLevel, Math.max(zStep, zShift));
        double score = z / (z + config.scale());

        learn(st, value, fast, step);
        if (st.count <= config.warmup()) {
            return 0.0;
        }
        if (st.quiet > 0) {
            st.quiet--;
            return 0.0;
        }
        if (score >= config.alertLevel()) {
            st.quiet = config.restPoints();
        }
        return score;
    }

    private void learn(DetectorState st, double value, double fast, double step) {
        // Plain averaging until 1/alpha points are seen, so early points are not over-weighted by the first one.
        double a = st.count < 1.0 / config.slowAlpha() ? 1.0 / (st.count + 1) : config.slowAlpha();
        double d = value - st.slowMean;
        st.slowMean += a * d;
        st.slowVar = (1 - a) * (st.slowVar + a * d * d);
        st.meanAbsStep += a * (step - st.meanAbsStep);
        st.fastMean = fast;
        st.previous = value;
        st.count++;
    }
}
