package dev.creatorwatch.scan;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application (target/quarkus-app, built for PostgreSQL) in a JVM of its own with a capped heap, as it
 * runs in production: its own scheduler claims due accounts and scans them. The benchmark only watches it through the
 * database, {@code /q/metrics} and its GC log.
 */
final class ScanBenchApp implements AutoCloseable {

    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern BUCKET = Pattern.compile(
            "^monitor_scan_account_seconds_bucket\\{(?:.*,)?le=\"([^\"]+)\".*} (\\S+)$");

    private final Process process;
    private final int port;
    private final Path log;
    private final Path gcLog;
    private final HttpClient http = HttpClient.newHttpClient();

    private ScanBenchApp(Process process, int port, Path log, Path gcLog) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.gcLog = gcLog;
    }

    static ScanBenchApp start(Path runner, Path configFile, Path workDir, String heap, Map<String, String> properties)
            throws IOException {
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException("No packaged app at " + runner.toAbsolutePath() + ": run the benchmark "
                    + "with ./mvnw -Pbench verify -Dquarkus.datasource.db-kind=postgresql (it packages the app)");
        }
        Files.createDirectories(workDir);
        int port = freePort();
        Path log = workDir.resolve("app.log");
        Path gcLog = workDir.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-Dquarkus.http.port=" + port,
                "-Dquarkus.config.locations=" + configFile.toAbsolutePath()));
        if (Boolean.getBoolean("scanbench.jfr")) {
            command.add("-XX:StartFlightRecording=filename=" + workDir.resolve("app.jfr") + ",settings=profile");
        }
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", runner.toAbsolutePath().toString()));
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ScanBenchApp app = new ScanBenchApp(p, port, log, gcLog);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        return app;
    }

    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log + ":\n" + tail(40));
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app was not ready within " + timeout + "; see " + log + ":\n" + tail(40));
    }

    /** Cumulative count of scans per latency bucket bound (seconds), over every outcome. */
    TreeMap<Double, Double> latencyBuckets() throws IOException, InterruptedException {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (String line : get("/q/metrics").body().split("\n")) {
            Matcher m = BUCKET.matcher(line);
            if (m.matches()) {
                double le = m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
                buckets.merge(le, Double.parseDouble(m.group(2)), Double::sum);
            }
        }
        return buckets;
    }

    /** The bucket bound (seconds) below which {@code q} of the scans between two readings finished. */
    static double quantile(TreeMap<Double, Double> before, TreeMap<Double, Double> after, double q) {
        double total = after.lastEntry().getValue() - (before.isEmpty() ? 0 : before.lastEntry().getValue());
        for (Map.Entry<Double, Double> e : after.entrySet()) {
            double count = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            if (count >= q * total) {
                return e.getKey();
            }
        }
        return Double.NaN;
    }

    /** Lines of the GC log so far; the heap peak of a span is read from the lines after a mark. */
    int gcLogLines() throws IOException {
        return Files.exists(gcLog) ? Files.readAllLines(gcLog).size() : 0;
    }

    /** Largest heap occupancy (MiB) seen before a collection in GC-log lines from {@code fromLine}; -1 if none. */
    long peakHeapMb(int fromLine) throws IOException {
        List<String> lines = Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
        long peak = -1;
        for (String line : lines.subList(Math.min(fromLine, lines.size()), lines.size())) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }

    /** Heap in use now (bytes), from the app's own JVM metrics. */
    long heapUsedNow() throws IOException, InterruptedException {
        long used = 0;
        for (String line : get("/q/metrics").body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }

    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    long pid() {
        return process.pid();
    }

    /**
     * CPU time of the app's JIT compiler threads (C1 and C2), from {@code /proc}: a cold JVM spends much of its first
     * rounds compiling, which is not the scan's own cost. On 2 cores the JVM runs one thread of each compiler and
     * keeps it, so no compiler thread's time vanishes with an exited thread. Zero where /proc is not readable.
     */
    Duration jitCpu() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                ticks += compilerTicks(task.resolve("stat"));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
    }

    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux x86-64

    /** utime + stime of one thread when it is a compiler thread (its name in {@code /proc} is "C2 CompilerThre"). */
    private static long compilerTicks(Path stat) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException e) {
            return 0; // the thread ended between listing and reading
        }
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open || !line.substring(open + 1, close).matches("C[12] CompilerThre.*")) {
            return 0;
        }
        // Fields after the name: state is field 3, utime field 14 and stime field 15 of proc(5).
        String[] rest = line.substring(close + 2).split(" ");
        return Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
    }

    Path log() {
        return log;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String tail(int n) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
