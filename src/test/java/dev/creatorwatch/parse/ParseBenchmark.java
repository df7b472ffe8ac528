package dev.creatorwatch.parse;

import dev.creatorwatch.creator.Platform;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput on one core over the real saved pages (../shared/data/profile-pages, via -Dshared.data.dir) plus our
 * fixtures: the full reader against a bare {@code Jsoup.parse} of the same pages. One operation = all pages once, so
 * pages/s = ops/s × page count (printed at setup). Extraction overhead = bare / full − 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ParseBenchmark {

    private record Input(Platform platform, String url, String html) {
    }

    private final List<Input> pages = new ArrayList<>();
    private final ProfilePageReaders reader = new ProfilePageReaders();

    @Setup
    public void load() throws IOException, URISyntaxException {
        Path shared = SavedPages.sharedDir();
        if (Files.isDirectory(shared)) {
            try (Stream<Path> files = Files.walk(shared)) {
                files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted()
                        .forEach(f -> pages.add(input(f, SavedPages.body(SavedPages.read(f)))));
            }
        }
        Path fixtures = Path.of(ParseBenchmark.class.getResource("/pages").toURI());
        try (Stream<Path> files = Files.list(fixtures)) {
            files.filter(f -> f.toString().endsWith(".html")).sorted()
                    .forEach(f -> pages.add(input(f, SavedPages.read(f))));
        }
        long bytes = pages.stream().mapToLong(p -> p.html().length()).sum();
        System.out.printf("%n%d pages, %.1f MB of text (shared pages present: %s)%n", pages.size(), bytes / 1e6,
                Files.isDirectory(shared));
    }

    private static Input input(Path file, String html) {
        String path = file.toString();
        Platform platform = Stream.of(Platform.values())
                .filter(p -> path.contains("/" + p.id() + "/") || file.getFileName().toString().startsWith(p.id()))
                .findFirst().orElse(Platform.WEB);
        return new Input(platform, "https://example.com/" + file.getFileName(), html);
    }

    @Benchmark
    public void bareJsoupParse(Blackhole bh) {
        for (Input page : pages) {
            Document doc = Jsoup.parse(page.html(), page.url());
            bh.consume(doc);
        }
    }

    @Benchmark
    public void fullRead(Blackhole bh) {
        for (Input page : pages) {
            bh.consume(reader.read(page.platform(), page.url(), page.html()));
        }
    }

}
