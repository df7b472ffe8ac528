package dev.creatorwatch.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real saved pages in {@code ../shared/data/profile-pages} (never copied into the repo) and our fixtures. */
final class SavedPages {

    private SavedPages() {
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
