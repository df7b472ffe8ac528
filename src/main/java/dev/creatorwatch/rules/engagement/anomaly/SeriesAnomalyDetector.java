package dev.creatorwatch.rules.engagement.anomaly;

/**
 * Streaming anomaly score for one numeric series, one point at a time, in constant memory.
 *
 * <p>Each point is compared with exponentially weighted summaries of the past (never with the future): how far the
 * value sits from the long-run level, how big its step from the previous value is against the usual step, and how
 * far the short-run mean has moved from the long-run mean. The largest surprise, as a Gaussian-tail style number, is
 * turned into a score in [0,1]. Once a point reaches {@code alertLevel} the detector stays quiet for
 * {@code restPoints} points, so one event gives one alert. The whole state is a small record
 * ({@link DetectorState}) that can be stored and restored.
 */
public final class SeriesAnomalyDetector {

    /**
     * Tuning. {@code slowAlpha}: weight of a new point in the long-run level and spread; {@code fastAlpha}: in the
     * short-run mean; {@code warmup}: points learnt before scoring; {@code restPoints}: quiet period after an alert.
     */
    public record Config(double slowAlpha, double fastAlpha, int warmup, int restPoints, double alertLevel,
                         double scale, double rawAlpha, double recentAlpha, int mode) {

        public static Config defaults() {
            return new Config(0.003, 0.2, 100, 200, 0.5, 3.0, 0.003, 0.3, 1);
        }
    }

    private final Config config;
    private DetectorState s;

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
        double zShift = Math.abs(fast - st.slowMean)
                / (spread * Math.sqrt(config.fastAlpha() / (2 - config.fastAlpha())) + floor);
        double z = Math.max(zLevel, Math.max(zStep, zShift));
        // How unusual is this surprise FOR THIS SERIES: noisy series produce large z all the time, calm ones never.
        double raw = Math.log1p(z);
        double rawSpread = Math.sqrt(st.rawVar) + 1e-3;
        double recent = st.rawRecent + config.recentAlpha() * (raw - st.rawRecent);
        double zRaw = (recent - st.rawMean) / (rawSpread * Math.sqrt(config.recentAlpha() / (2 - config.recentAlpha())));
        double zn = Math.max(0.0, Math.max(zRaw, (raw - st.rawMean) / rawSpread));
        double score = config.mode() == 0 ? z / (z + config.scale()) : zn / (zn + config.scale());

        learn(st, value, fast, step);
        learnRaw(st, raw, recent);
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

    private void learnRaw(DetectorState st, double raw, double recent) {
        double a = st.count < 1.0 / config.rawAlpha() ? 1.0 / st.count : config.rawAlpha();
        double d = raw - st.rawMean;
        st.rawMean += a * d;
        st.rawVar = (1 - a) * (st.rawVar + a * d * d);
        st.rawRecent = recent;
    }

    private void learn(DetectorState st, double value, double fast, double step) {
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
