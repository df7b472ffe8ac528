package dev.creatorwatch.rules.engagement.anomaly;

/**
 * Everything {@link SeriesAnomalyDetector} remembers about one series: a handful of numbers, so it can be persisted
 * as a few bytes of JSON (Jackson reads and writes the public fields).
 */
public final class DetectorState {
    public long count;
    public double slowMean;
    public double slowVar;
    public double fastMean;
    public double meanAbsStep;
    public double previous;
    public int quiet;

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
        c.previous = previous;
        c.quiet = quiet;
        return c;
    }
}
