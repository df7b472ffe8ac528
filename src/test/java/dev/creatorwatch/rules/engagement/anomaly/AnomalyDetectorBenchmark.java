package dev.creatorwatch.rules.engagement.anomaly;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Points per second of the streaming detectors on one thread (a daily-cycle series with noise and a few spikes). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnomalyDetectorBenchmark {

    static final int POINTS = 100_000;
    private double[] values;
    private AccountPoint[] points;

    @Setup
    public void setup() {
        Random r = new Random(42);
        values = new double[POINTS];
        points = new AccountPoint[POINTS];
        long followers = 10_000;
        for (int i = 0; i < POINTS; i++) {
            values[i] = 100 + 20 * Math.sin(i * 2 * Math.PI / 288) + r.nextGaussian() * 5 + (i % 5000 == 0 ? 80 : 0);
            followers += 5 + r.nextInt(20) + (i % 5000 == 0 ? 3000 : 0);
            points[i] = new AccountPoint(java.time.Instant.ofEpochSecond(86_400L * i), followers, 300L, 100L + i / 3,
                    300.0 + r.nextInt(40));
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public double seriesDetector() {
        SeriesAnomalyDetector d = new SeriesAnomalyDetector(SeriesAnomalyDetector.Config.nab());
        double sum = 0;
        for (double v : values) {
            sum += d.update(v);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public int accountDetector() {
        AccountAnomalyDetector d = new AccountAnomalyDetector(AccountAnomalyDetector.Settings.defaults());
        int events = 0;
        for (AccountPoint p : points) {
            events += d.update(p).size();
        }
        return events;
    }
}
