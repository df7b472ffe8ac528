package dev.creatorwatch.parse;

import dev.creatorwatch.creator.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The real saved pages in {@code ../shared/data/profile-pages} (never copied into the repo) and our fixtures. */
final class SavedPages {

    private SavedPages() {
    }

    /**
     * One page as the benchmark and the pinned-extraction test read it: {@code name} is "shared/<folder>/<file>" or
     * "fixture/<file>", the platform is the shared page's folder or the fixture's name prefix (as the pipeline passes
     * the account's platform), the URL a neutral one so only the platform picks the adapter.
     */
    record SavedPage(String name, Platform platform, String url, String html) {
    }

    /** The real saved pages (raw HTTP responses reduced to their body), by path; empty when the folder is absent. */
    static List<SavedPage> sharedPages() {
        Path shared = sharedDir();
        if (!Files.isDirectory(shared)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(shared)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted()
                    .map(f -> savedPage("shared/" + shared.relativize(f).toString().replace('\\', '/'), f,
                            body(read(f))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the test resources' {@code pages/} folder (HTML and JSON documents), by name. */
    static List<SavedPage> fixturePages() {
        try (Stream<Path> files = Files.list(Path.of(SavedPages.class.getResource("/pages").toURI()))) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(f -> savedPage("fixture/" + f.getFileName(), f, read(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SavedPage savedPage(String name, Path file, String html) {
        String fileName = file.getFileName().toString();
        String folder = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        String prefix = fileName.split("[-.]", 2)[0];
        Platform platform = Stream.of(Platform.values())
                .filter(p -> p != Platform.WEB && (p.id().equals(folder) || p.id().equals(prefix)))
                .findFirst().orElse(Platform.WEB);
        return new SavedPage(name, platform, "https://example.com/" + fileName, html);
    }

    static Path sharedDir() {
        return Path.of(System.getProperty("shared.data.dir", "../shared/data"), "profile-pages");
    }

    static void assumeShared() {
        Assumptions.assumeTrue(Files.isDirectory(sharedDir()),
                "skipped: real saved pages not found at " + sharedDir().toAbsolutePath()
                        + " (set -Dshared.data.dir to the folder holding profile-pages/)");
    }

    /** A shared page's body: raw HTTP responses (XRay's files) lose their status line and headers. */
    static String shared(String relative) {
        return body(read(sharedDir().resolve(relative)));
    }

    static String fixture(String name) {
        try (var in = SavedPages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String body(String raw) {
        if (!raw.startsWith("HTTP/")) {
            return raw;
        }
        int crlf = raw.indexOf("\r\n\r\n");
        int lf = raw.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            return raw.substring(crlf + 4);
        }
        return lf >= 0 ? raw.substring(lf + 2) : raw;
    }
}
