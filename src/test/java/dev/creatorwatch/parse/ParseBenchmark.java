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
    }

    /** Runs on the benchmark thread after each iteration: its CPU time over the pages it read. */
    @TearDown(Level.Iteration)
    public void printCpuPerPage() {
        long pagesRead = ops - opsAtStart;
        if (pagesRead > 0) {
            System.out.printf("  [cpu %.3f ms/page over %d pages]%n",
                    (threads.getCurrentThreadCpuTime() - cpuAtStart) / 1e6 / pagesRead, pagesRead);
        }
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
}
