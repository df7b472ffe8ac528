package dev.creatorwatch.rules.engagement.anomaly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Each evaluation writes its markdown section to {@code target/eval-report/<name>.md}; the combined
 * {@code target/eval-report.md} is rebuilt from all sections present, so evaluations can run alone or together.
 */
public final class EvalReport {

    private static final Path SECTIONS = Path.of("target/eval-report");

    private EvalReport() {
    }

    public static synchronized void section(String name, String markdown) {
        System.out.println(markdown);
        try {
            Files.createDirectories(SECTIONS);
            Files.writeString(SECTIONS.resolve(name + ".md"), markdown);
            StringBuilder all = new StringBuilder("# creatorwatch evaluation report\n\n");
            try (Stream<Path> files = Files.list(SECTIONS)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    all.append(Files.readString(p)).append('\n');
                }
            }
            Files.writeString(Path.of("target/eval-report.md"), all.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
