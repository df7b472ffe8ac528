package dev.creatorwatch.rules.engagement.anomaly;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the public datasets live beside the checkout ({@code -Dshared.data.dir}, default {@code ../shared/data}). */
public final class SharedData {

    private SharedData() {
    }

    /** The sub-folder, or a skipped test with a message saying what is missing. */
    public static Path require(String sub) {
        Path dir = Path.of(System.getProperty("shared.data.dir", "../shared/data")).resolve(sub);
        assumeTrue(Files.isDirectory(dir), "skipped: public dataset folder " + dir.toAbsolutePath()
                + " is absent (set -Dshared.data.dir=... to run this evaluation)");
        return dir;
    }
}
