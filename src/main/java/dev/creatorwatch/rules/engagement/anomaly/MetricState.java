package dev.creatorwatch.rules.engagement.anomaly;

/**
 * The running memory of one per-day rate of an account (say, relative follower growth per day): its last raw value
 * and time, and an exponentially weighted level and absolute deviation of the rate. Public fields so Jackson can
 * persist it.
 */
public final class MetricState {
    public double lastValue = Double.NaN;
    public long lastAtEpochSecond;
    public int rates;
    public double mean;
    public double absDev;
    public boolean open;

    /**
     * Learns one rate observed over {@code days}. Longer gaps weigh more (time-aware smoothing), and the value is
     * clipped to the usual band first so one anomaly does not become the new normal.
     */
    void learn(double rate, double days, double alphaPerDay, double clipDeviations, double floor) {
        if (rates == 0) {
            mean = rate;
            absDev = 0;
            rates = 1;
            return;
        }
        double a = 1 - Math.pow(1 - alphaPerDay, Math.min(days, 30));
        a = Math.max(a, 1.0 / (rates + 1));
        // One rate gives no spread yet: clipping the second to a zero-width band would lock the usual level onto
        // the first gap, which is often the least typical one (a fast start, or the jump that got an account watched).
        double band = rates == 1 ? Double.POSITIVE_INFINITY : clipDeviations * (absDev + floor);
        double clipped = Math.max(mean - band, Math.min(mean + band, rate));
        double d = clipped - mean;
        mean += a * d;
        absDev += a * (Math.abs(d) - absDev);
        rates++;
    }

    MetricState copy() {
        MetricState c = new MetricState();
        c.lastValue = lastValue;
        c.lastAtEpochSecond = lastAtEpochSecond;
        c.rates = rates;
        c.mean = mean;
        c.absDev = absDev;
        c.open = open;
        return c;
    }
}
