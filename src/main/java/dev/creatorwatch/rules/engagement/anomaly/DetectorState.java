package dev.creatorwatch.rules.engagement.anomaly;

/**
 * Everything {@link SeriesAnomalyDetector} remembers about one series: a handful of numbers, so it can be persisted
 * as a few hundred bytes of JSON (two 10-bin histograms, their logs and about twenty numbers; Jackson reads and
 * writes the public fields).
 */
public final class DetectorState {
    static final int BINS = 10;

    public long count;
    public double slowMean;
    public double slowVar;
    public double fastMean;
    public double meanAbsStep;
    public double recentAbsStep;
    public double previous;
    /** Ranges of the value, the recent step size and the recent surprise so far (the records). */
    public double rangeLow;
    public double rangeHigh;
    public double stepLow;
    public double stepHigh;
    public double recentSurprise;
    public double surpriseLow;
    public double surpriseHigh;
    /** The surprise of the last alert, fading (habituation). */
    public double alertSurprise;
    public long surprises;
    public double surpriseMean;
    public double surpriseVar;
    public int quiet;
    public double[] histogram = new double[BINS];
    public double[] recentHistogram = new double[BINS];
    /** Logs of the non-zero shares of the two histograms, kept so the detector needs one log per histogram. */
    public double[] logHistogram = new double[BINS];
    public double[] logRecentHistogram = new double[BINS];

    public static DetectorState initial() {
        return new DetectorState();
    }

    DetectorState copy() {
        DetectorState c = new DetectorState();
        c.count = count;
        c.slowMean = slowMean;
        c.slowVar = slowVar;
        c.fastMean = fastMean;
        c.meanAbsStep = meanAbsStep;
        c.recentAbsStep = recentAbsStep;
        c.previous = previous;
        c.rangeLow = rangeLow;
        c.rangeHigh = rangeHigh;
        c.stepLow = stepLow;
        c.stepHigh = stepHigh;
        c.recentSurprise = recentSurprise;
        c.surpriseLow = surpriseLow;
        c.surpriseHigh = surpriseHigh;
        c.alertSurprise = alertSurprise;
        c.surprises = surprises;
        c.surpriseMean = surpriseMean;
        c.surpriseVar = surpriseVar;
        c.quiet = quiet;
        c.histogram = histogram.clone();
        c.recentHistogram = recentHistogram.clone();
        c.logHistogram = logHistogram.clone();
        c.logRecentHistogram = logRecentHistogram.clone();
        return c;
    }
}
