package dev.creatorwatch.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Throughput on one core over the real saved pages (../shared/data/profile-pages, via -Dshared.data.dir) plus our
 * fixtures: the full reader against a bare {@code Jsoup.parse} of the same pages, in the same order. One operation =
 * one page, taken round-robin, so ops/s is pages/s and every page weighs the same on both sides. The full read
 * includes its own jsoup parse, so extraction overhead = bare / full − 1 (target ≤ 25 %). Each page is read as its
 * platform's (the folder of a shared page, the name prefix of a fixture), as the pipeline passes the account's
 * platform.
 *
 * <p>On a shared, loaded machine wall-clock throughput swings with the neighbours' load, so each iteration also prints
 * the benchmark thread's own CPU time per page (ThreadMXBean): compare those of bare and full in the same run.
 *
 * <p>The two throughput benchmarks run in separate forks, minutes apart, each JVM compiling jsoup its own way, so their
 * ratio also carries the machine's drift and each fork's JIT luck (single forks of the same code have given +21 % to
 * +37 %). {@link #pairedBareAndFull} measures the overhead as a difference in one JVM instead: each op parses a page
 * bare and reads it fully, back to back, timed apart, the order alternating page by page and round by round, so
 * drift and compilation affect both sides alike. Its per-iteration lines and the fork's closing line give the
 * overhead over the measured iterations; the deployed monitor, too, runs jsoup in a JVM that also extracts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ParseBenchmark {

    private final List<SavedPages.SavedPage> pages = new ArrayList<>();
    private final ProfilePageReaders reader = new ProfilePageReaders();
    private int nextBare;
    private int nextFull;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuAtStart;
    private long opsAtStart;
    private long ops;
    private int nextPair;
    private long pairs;
    private long bareNanos;
    private long fullNanos;
    private long pairedPages;
    private long measuredBareNanos;
    private long measuredFullNanos;
    private long measuredPages;

    @Setup
    public void load() {
        pages.addAll(SavedPages.sharedPages());
        SavedPages.fixturePages().stream().filter(p -> p.name().endsWith(".html")).forEach(pages::add);
        long bytes = pages.stream().mapToLong(p -> p.html().length()).sum();
        System.out.printf("%n%d pages, %.1f MB of text (shared pages present: %s); one op = one page%n",
                pages.size(), bytes / 1e6, Files.isDirectory(SavedPages.sharedDir()));
    }

    @Setup(Level.Iteration)
    public void startCpuClock() {
        cpuAtStart = threads.getCurrentThreadCpuTime();
        opsAtStart = ops;
        bareNanos = 0;
        fullNanos = 0;
        pairedPages = 0;
    }

    /** Runs on the benchmark thread after each iteration: its CPU time over the pages it read. */
    @TearDown(Level.Iteration)
    public void printCpuPerPage(IterationParams iteration) {
        long pagesRead = ops - opsAtStart;
        if (pagesRead > 0) {
            System.out.printf("  [cpu %.3f ms/page over %d pages]%n",
                    (threads.getCurrentThreadCpuTime() - cpuAtStart) / 1e6 / pagesRead, pagesRead);
        }
        if (pairedPages > 0) {
            System.out.printf("  [paired: bare %.3f ms/page, full %.3f ms/page: extraction %+.1f %%]%n",
                    bareNanos / 1e6 / pairedPages, fullNanos / 1e6 / pairedPages, overhead(bareNanos, fullNanos));
            if (iteration.getType() == IterationType.MEASUREMENT) {
                measuredBareNanos += bareNanos;
                measuredFullNanos += fullNanos;
                measuredPages += pairedPages;
            }
        }
    }

    @TearDown(Level.Trial)
    public void printPairedOverhead() {
        if (measuredPages > 0) {
            System.out.printf("%n[paired over the measured iterations: %d pages, bare %.3f ms/page, full %.3f ms/page:"
                    + " extraction %+.1f %%]%n", measuredPages, measuredBareNanos / 1e6 / measuredPages,
                    measuredFullNanos / 1e6 / measuredPages, overhead(measuredBareNanos, measuredFullNanos));
        }
    }

    private static double overhead(long bare, long full) {
        return 100.0 * (full - bare) / bare;
    }

    @Benchmark
    public Document bareJsoupParse() {
        SavedPages.SavedPage page = pages.get(nextBare);
        nextBare = (nextBare + 1) % pages.size();
        ops++;
        return Jsoup.parse(page.html(), page.url());
    }

    @Benchmark
    public ParseResult fullRead() {
        SavedPages.SavedPage page = pages.get(nextFull);
        nextFull = (nextFull + 1) % pages.size();
        ops++;
        return reader.read(page.platform(), page.url(), page.html());
    }

    /** One page parsed bare and read fully, each timed; which goes first alternates (see the class comment). */
    @Benchmark
    public void pairedBareAndFull(Blackhole blackhole) {
        int index = nextPair;
        SavedPages.SavedPage page = pages.get(index);
        nextPair = (index + 1) % pages.size();
        if (((pairs++ / pages.size() + index) & 1) == 0) {
            bareNanos += timeBare(page, blackhole);
            fullNanos += timeFull(page, blackhole);
        } else {
            fullNanos += timeFull(page, blackhole);
            bareNanos += timeBare(page, blackhole);
        }
        pairedPages++;
    }

    private static long timeBare(SavedPages.SavedPage page, Blackhole blackhole) {
        long start = System.nanoTime();
        Document bare = Jsoup.parse(page.html(), page.url());
        long took = System.nanoTime() - start;
        blackhole.consume(bare);
        return took;
    }

    private long timeFull(SavedPages.SavedPage page, Blackhole blackhole) {
        long start = System.nanoTime();
        ParseResult full = reader.read(page.platform(), page.url(), page.html());
        long took = System.nanoTime() - start;
        blackhole.consume(full);
        return took;
    }
}
