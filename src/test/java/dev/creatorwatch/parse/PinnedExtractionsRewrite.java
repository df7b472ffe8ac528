package dev.creatorwatch.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Not a check: writes {@code parse/pinned-extractions.txt} from the current reader, for when a change of output is
 * intended. Its name keeps it out of normal test runs; run it by name and review the diff:
 * {@code ./mvnw test -Dtest=PinnedExtractionsRewrite}.
 */
class PinnedExtractionsRewrite {

    @Test
    void rewritePins() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SavedPages.sharedDir()), "rewrite needs the shared pages too");
        ProfilePageReaders reader = new ProfilePageReaders();
        StringBuilder out = new StringBuilder();
        PinnedExtractionsTest.pages().forEach(page -> out.append(PinnedExtractionsTest.HEADER).append(page.name())
                .append(" (").append(page.platform().id()).append(")\n")
                .append(PinnedExtractionsTest.render(reader.read(page.platform(), page.url(), page.html()))));
        Files.writeString(PinnedExtractionsTest.SOURCE, out.toString(), StandardCharsets.UTF_8);
    }
}
