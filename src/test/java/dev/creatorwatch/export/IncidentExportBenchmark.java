package dev.creatorwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.alert.AlertQuery;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.testing.bench.BenchDataset;
import dev.creatorwatch.testing.bench.BenchProfile;
import dev.creatorwatch.testing.bench.CpuTime;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Export throughput and memory on 1,000,000 alerts in PostgreSQL: {@link IncidentExporter} writes every incident
 * (alert, creator name, comments, full history) in each format to a byte-counting sink. The surefire execution runs
 * this JVM with -Xmx256m, so finishing at all shows the export fits; the heap figures say by how much. Targets:
 * at least 100,000 rows/s, heap under 256 MB. Run: ./mvnw -q -Pbench-db test -Dtest=IncidentExportBenchmark
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("bench")
class IncidentExportBenchmark {

    static final long MAX_HEAP = 256L * 1024 * 1024;

    @Inject
    IncidentExporter exporter;
    @Inject
    DataSource dataSource;

    @Test
    void exportEveryIncidentInEachFormat() throws Exception {
        // The heap figure only means something under the cap the target names (the bench-db profile sets it).
        assertThat(Runtime.getRuntime().maxMemory()).as("max heap; run with -Xmx256m (profile bench-db)")
                .isLessThanOrEqualTo(MAX_HEAP);
        BenchDataset.ensureLoaded(dataSource);
        CpuTime cpu = new CpuTime(dataSource);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| %-6s | %9s | %8s | %10s | %8s | %8s | %12s | %9s | %16s | %18s | %6s |%n", "format", "rows",
                "seconds", "rows/s", "JVM CPU", "PG CPU", "rows/CPU-s", "MB out", "peak heap (MB)*",
                "peak sampled (MB)", "load"));
        // -Dbench.formats=csv,jsonl limits the run to some formats (each one exports every incident).
        List<ExportFormat> formats = Arrays.stream(System.getProperty("bench.formats", "csv,jsonl,ocsf").split(","))
                .map(f -> ExportFormat.fromName(f).orElseThrow()).toList();
        // Warm-up, untimed: every format once over the medium-severity alerts (about a third of the set), so the
        // figures are those of a server that has exported before: the JIT compiler otherwise spends seconds of CPU
        // during the first measured exports (up to 16 s of C2 time in a run, most of the measured spread).
        AlertQuery.Filter warmUp = new AlertQuery.Filter(null, List.of(Severity.MEDIUM), null, null, null, null, null,
                null, null, null);
        for (ExportFormat format : formats) {
            long rows = exporter.export(new Actor("bench"), format, warmUp, new CountingSink());
            System.out.println("bench: warm-up " + format + ": " + rows + " rows");
        }
        for (ExportFormat format : formats) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            CountingSink sink = new CountingSink();
            CpuTime.Reading before = cpu.read();
            long t0 = System.nanoTime();
            long rows = exporter.export(new Actor("bench"), format, AlertQuery.Filter.NONE, sink);
            double seconds = (System.nanoTime() - t0) / 1e9;
            CpuTime.Reading used = cpu.read().minus(before);
            sampler.interrupt();
            sampler.join();
            long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            String line = String.format(Locale.ROOT,
                    "| %-6s | %9d | %8.1f | %10.0f | %8.1f | %8.1f | %12.0f | %9.1f | %16.1f | %18.1f | %6.2f |",
                    format, rows, seconds, rows / seconds, used.jvmNanos() / 1e9, used.postgresNanos() / 1e9,
                    rows / (used.totalNanos() / 1e9), sink.bytes / 1e6, poolPeaks / 1048576.0,
                    sampler.peak.get() / 1048576.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("bench: " + line);
            table.append(line).append('\n');
            assertThat(rows).as(format + " rows").isEqualTo(BenchDataset.ALERTS);
        }
        System.out.println("bench: export of " + BenchDataset.ALERTS + " incidents, max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MB, " + Runtime.getRuntime().availableProcessors()
                + " cores (* sum of the heap pools' peaks: an upper bound; rows/CPU-s: rows per second of JVM + "
                + "PostgreSQL CPU, what an idle machine would need; load: 1-minute load average at the end)\n" + table);
    }

    /** Discards the export, counting its bytes. */
    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** Samples used heap every few milliseconds and keeps the highest value. */
    static final class HeapSampler extends Thread {
        final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
