package dev.creatorwatch.rules.engagement.anomaly;

/**
 * The running memory of one metric of an account (say, relative follower growth per day): its last raw value and
 * time, whether an event on it is open, and the {@link SeriesAnomalyDetector} state of its per-day rate. Public fields
 * so Jackson can persist it.
 */
public final class MetricState {
    public double lastValue = Double.NaN;
    public long lastAtEpochSecond;
    public boolean open;
    public DetectorState series = DetectorState.initial();

    MetricState copy() {
        MetricState c = new MetricState();
        c.lastValue = lastValue;
        c.lastAtEpochSecond = lastAtEpochSecond;
        c.open = open;
        c.series = series.copy();
        return c;
    }
}
