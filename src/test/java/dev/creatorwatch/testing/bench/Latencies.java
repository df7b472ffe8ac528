package dev.creatorwatch.testing.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Times one operation many times (after a warm-up) and reports p50/p95/p99/max, one line per operation, plus a table
 * at the end. The operation gets the iteration number, so it can vary its parameters deterministically.
 */
public final class Latencies {

    /**
     * The figures of one operation, in milliseconds: wall-clock percentiles, and the mean CPU one call used in this
     * JVM and in PostgreSQL together (what it needs of an idle machine; negative if unknown).
     */
    public record Result(String name, int samples, double p50, double p95, double p99, double max, double cpuMean,
            long rows) {

        String line() {
            return String.format(Locale.ROOT, "| %-58s | %6.2f | %6.2f | %6.2f | %7.2f | %8.2f | %6d |", name, p50,
                    p95, p99, max, cpuMean, rows / Math.max(1, samples));
        }
    }

    private final int warmup;
    private final int iterations;
    private final CpuTime cpu;
    private final List<Result> results = new ArrayList<>();

    public Latencies(int warmup, int iterations, CpuTime cpu) {
        this.warmup = warmup;
        this.iterations = iterations;
        this.cpu = cpu;
    }

    /** Runs {@code op} (which returns how many rows it produced) and records its latency distribution. */
    public Result time(String name, IntFunction<Integer> op) {
        for (int i = 0; i < warmup; i++) {
            op.apply(-1 - i);
        }
        long[] nanos = new long[iterations];
        long rows = 0;
        CpuTime.Reading before = cpu.read();
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            rows += op.apply(i);
            nanos[i] = System.nanoTime() - t0;
        }
        CpuTime.Reading used = cpu.read().minus(before);
        Arrays.sort(nanos);
        Result r = new Result(name, iterations, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, used.postgresNanos() < 0 ? -1 : used.totalNanos() / 1e6 / iterations,
                rows);
        results.add(r);
        System.out.println("bench: " + r.line());
        return r;
    }

    /** Nearest-rank percentile. */
    private static double ms(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public List<Result> results() {
        return List.copyOf(results);
    }

    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "| %-58s | %6s | %6s | %6s | %7s | %8s | %6s |%n", "query (ms)", "p50", "p95", "p99", "max", "CPU mean",
                "rows"));
        sb.append("|").append("-".repeat(60)).append("|--------|--------|--------|---------|----------|--------|\n");
        results.forEach(r -> sb.append(r.line()).append('\n'));
        return sb.toString();
    }
}
