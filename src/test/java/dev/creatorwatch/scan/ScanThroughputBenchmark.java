package dev.creatorwatch.scan;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end scan throughput: the packaged app (PostgreSQL build, {@code -Xmx512m}, its real scheduler, fetcher with
 * URL guard, robots.txt and host gate, parsers, snapshots, tiers, rules and alerts) scans {@code accounts} due
 * accounts served by a local site. One invocation is one full round: every account is made due at once and the
 * round ends when every account has been scanned. Each round the site's pages change (new ETags), so every scan is a
 * full fetch-parse-record; prints profiles/s, per-account latency (p50/p95 from the app's own
 * {@code monitor.scan.account} histogram), outcomes, alerts, the app's heap peak (GC log) and where the CPU went.
 *
 * <p>The first rounds are a cold JVM's: the app's JIT compilers then use much of the CPU (the report shows how much),
 * so they are JMH warm-up iterations and the measured rounds are a running monitor's, whose accounts already have a
 * history of snapshots for the rules to read, as in production.
 *
 * <p>Run: {@code ./mvnw -q -Pbench verify -Dquarkus.datasource.db-kind=postgresql -Dbench=ScanThroughputBenchmark
 * -Dbench.args='-f 1 -wi 2 -i 3'}. Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust); uses its own
 * database {@code bench_scan} (or {@code -Dscanbench.db=bench_<name>}), dropped and created at the start. Add
 * {@code -jvmArgsAppend -Dscanbench.jfr=true} to bench.args to record the app with JFR (target/scan-bench/app.jfr).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@org.openjdk.jmh.annotations.Timeout(time = 20, timeUnit = TimeUnit.MINUTES)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ScanThroughputBenchmark {

    @Param("10000")
    public int accounts;

    /** Scan threads of the app, and requests it may have in flight to the (one, local) benchmark host. */
    @Param("8")
    public int scanConcurrency;

    /** Due accounts one claim takes. */
    @Param("500")
    public int batchSize;

    /** Extra markup (KiB) around each profile, for pages closer to real ones in size; 0 = demo-site pages. */
    @Param("0")
    public int paddingKb;

    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STALL = Duration.ofSeconds(60);
    private static final Path WORK = Path.of("target", "scan-bench");

    private ScanBenchSite site;
    private ScanBenchDatabase db;
    private ScanBenchApp app;
    private int round;
    private Instant roundStart;
    private long roundStartNanos;
    private TreeMap<Double, Double> bucketsBefore;
    private ScanBenchSite.Stats siteBefore;
    private Duration appCpuBefore;
    private Duration jitCpuBefore;
    private long ownCpuBefore;
    private Duration postgresCpuBefore;
    private int gcLineBefore;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Files.createDirectories(WORK);
        site = new ScanBenchSite(accounts, paddingKb, 4);
        // Engineers sharing one PostgreSQL server can each name their own database (bench_*) so runs do not collide.
        db = new ScanBenchDatabase(System.getProperty("scanbench.db", "bench_scan"));
        db.recreate();
        app = ScanBenchApp.start(Path.of("target", "quarkus-app", "quarkus-run.jar"),
                Path.of("src", "test", "resources", "scan-bench", "application.properties"), WORK, "512m", Map.of(
                        "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                        "quarkus.datasource.username", "postgres",
                        "quarkus.datasource.password", "",
                        "monitor.scan.concurrency", String.valueOf(scanConcurrency),
                        "monitor.scan.batch-size", String.valueOf(batchSize),
                        "monitor.fetch.host-concurrency-overrides.\"127.0.0.1\"", String.valueOf(scanConcurrency)));
        app.awaitReady(Duration.ofMinutes(5));
        db.open();
        if (!db.migrated()) {
            throw new IllegalStateException("The app did not migrate " + db.jdbcUrl() + ": is it built for "
                    + "PostgreSQL (-Dquarkus.datasource.db-kind=postgresql)? See " + app.log());
        }
        db.seed(site.accounts(), site::url);
        System.out.printf(Locale.ROOT, "%n[scan-bench] app pid %d, %d accounts seeded, pages %d bytes on average, "
                + "load average %s%n", app.pid(), accounts, site.averagePageBytes(), loadAverage());
    }

    @Setup(Level.Iteration)
    public void makeAllDue() throws Exception {
        site.render(round++);
        bucketsBefore = app.latencyBuckets();
        siteBefore = site.stats();
        appCpuBefore = app.cpu();
        jitCpuBefore = app.jitCpu();
        ownCpuBefore = ownCpuNanos();
        postgresCpuBefore = postgresCpu();
        gcLineBefore = app.gcLogLines();
        roundStart = Instant.now();
        roundStartNanos = System.nanoTime();
        db.markAllDue(roundStart);
    }

    @Benchmark
    public int scanEveryDueAccount() throws Exception {
        long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
        long lastProgress = System.nanoTime();
        int scanned = 0;
        int seen = 0;
        while ((scanned = db.scannedSince(roundStart)) < accounts) {
            if (scanned > seen) {
                seen = scanned;
                lastProgress = System.nanoTime();
            }
            if (System.nanoTime() > deadline || System.nanoTime() - lastProgress > STALL.toNanos()) {
                throw new IllegalStateException("Only " + scanned + " of " + accounts + " accounts scanned (no "
                        + "progress for " + STALL + " or over " + ROUND_TIMEOUT + "); see " + app.log());
            }
            Thread.sleep(50);
        }
        return scanned;
    }

    @TearDown(Level.Iteration)
    public void report() throws Exception {
        double seconds = (System.nanoTime() - roundStartNanos) / 1e9;
        TreeMap<Double, Double> buckets = app.latencyBuckets();
        ScanBenchSite.Stats served = site.stats().minus(siteBefore);
        double appCpu = (app.cpu().toNanos() - appCpuBefore.toNanos()) / 1e9;
        double jitCpu = (app.jitCpu().toNanos() - jitCpuBefore.toNanos()) / 1e9;
        double siteCpu = (ownCpuNanos() - ownCpuBefore) / 1e9;
        double pgCpu = (postgresCpu().toNanos() - postgresCpuBefore.toNanos()) / 1e9;
        long peakHeap = Math.max(app.peakHeapMb(gcLineBefore), app.heapUsedNow() >> 20);
        System.out.printf(Locale.ROOT, "%n[scan-bench] round %d: %d accounts in %.1f s = %.0f profiles/s; "
                        + "per-account latency p50 <= %.0f ms, p95 <= %.0f ms; outcomes %s; alerts opened %d, "
                        + "alerts with a finding this round %d; app heap peak %d MiB (-Xmx512m)%n",
                round, accounts, seconds, accounts / seconds,
                ScanBenchApp.quantile(bucketsBefore, buckets, 0.5) * 1000,
                ScanBenchApp.quantile(bucketsBefore, buckets, 0.95) * 1000,
                db.outcomesSince(roundStart), db.alertsOpenedSince(roundStart), db.alertsSeenSince(roundStart),
                peakHeap);
        System.out.printf(Locale.ROOT, "[scan-bench] CPU seconds this round: app %.1f (of which JIT compiler threads %.1f), "
                        + "PostgreSQL %.1f, benchmark "
                        + "JVM with the site %.1f (of %.1f available on %d cores); site served %d requests (%d x 304, "
                        + "%d KiB), %.2f ms each on average; load average %s%n",
                appCpu, jitCpu, pgCpu, siteCpu, seconds * Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors(), served.requests(), served.notModified(),
                served.bytes() >> 10, served.requests() == 0 ? 0 : served.serveNanos() / 1e6 / served.requests(),
                loadAverage());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (site != null) {
            site.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU of every PostgreSQL process on the machine (the server is shared, so this is an upper bound for ours). */
    private static Duration postgresCpu() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
