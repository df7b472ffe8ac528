package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything the reader extracts from each saved page (every fixture and every real page in ../shared), field by
 * field, is pinned in {@code parse/pinned-extractions.txt}. The hand-written tests check what matters on each page;
 * this one catches any other change, so a speed-up of the parse path can show it changed nothing at all.
 *
 * <p>When a change of output is intended, rewrite the file with {@link PinnedExtractionsRewrite} and review its diff.
 */
class PinnedExtractionsTest {

    private static final String RESOURCE = "/parse/pinned-extractions.txt";
    static final Path SOURCE = Path.of("src/test/resources/parse/pinned-extractions.txt");
    static final String HEADER = "### ";

    private final ProfilePageReaders reader = new ProfilePageReaders();

    static Stream<SavedPages.SavedPage> pages() {
        return Stream.concat(SavedPages.fixturePages().stream(), SavedPages.sharedPages().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractionIsUnchanged(SavedPages.SavedPage page) throws IOException {
        String pinned = pinned().get(page.name());
        assertThat(pinned).as("no pin for " + page.name() + " (rewrite the pins and review them)").isNotNull();
        assertThat(render(reader.read(page.platform(), page.url(), page.html()))).isEqualTo(pinned);
    }

    @Test
    void everyPinnedFixtureStillExists() throws IOException {
        List<String> fixtures = SavedPages.fixturePages().stream().map(SavedPages.SavedPage::name).toList();
        assertThat(pinned().keySet().stream().filter(n -> n.startsWith("fixture/"))).containsExactlyElementsOf(fixtures);
    }

    @Test
    void everyPinnedSharedPageStillExists() throws IOException {
        SavedPages.assumeShared();
        List<String> shared = SavedPages.sharedPages().stream().map(SavedPages.SavedPage::name).toList();
        assertThat(pinned().keySet().stream().filter(n -> n.startsWith("shared/"))).containsExactlyElementsOf(shared);
    }

    /** The pins by page name; a section runs from its header line to the next. */
    private static Map<String, String> pinned() throws IOException {
        String text;
        try (InputStream in = PinnedExtractionsTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(HEADER)) {
                if (name != null) {
                    sections.put(name, body.toString());
                }
                name = line.substring(HEADER.length(), line.lastIndexOf(" ("));
                body.setLength(0);
            } else if (name != null && !line.isEmpty()) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            sections.put(name, body.toString());
        }
        return sections;
    }

    /** One line per field, strings quoted and escaped, so a diff shows exactly which value moved. */
    static String render(ParseResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("outcome " + result.outcome());
        lines.add("detail " + quote(result.detail()));
        Profile p = result.profile();
        if (p != null) {
            lines.add("handle " + quote(p.handle()));
            lines.add("displayName " + quote(p.displayName()));
            lines.add("bio " + quote(p.bio()));
            lines.add("externalUrl " + quote(p.externalUrl()));
            lines.add("avatarUrl " + quote(p.avatarUrl()));
            lines.add("verified " + p.verified());
            lines.add("privateAccount " + p.privateAccount());
            lines.add("followers " + p.followers());
            lines.add("following " + p.following());
            lines.add("posts " + p.posts());
            lines.add("totalLikes " + p.totalLikes());
            lines.add("language " + quote(p.language()));
            for (Post post : p.recentPosts()) {
                lines.add("post id=" + quote(post.id()) + " url=" + quote(post.url()) + " publishedAt="
                        + post.publishedAt() + " likes=" + post.likes() + " comments=" + post.comments() + " views="
                        + post.views() + " caption=" + quote(post.caption()));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
