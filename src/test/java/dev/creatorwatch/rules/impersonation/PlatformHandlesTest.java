package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformHandlesTest {

    private static Optional<String> handle(String url) {
        URI uri = URI.create(url);
        return PlatformHandles.handleFromUrl(Platform.ofUrl(uri), uri);
    }

    @Test
    void readsTheHandleOfEveryPlatformsProfileUrl() {
        assertThat(handle("https://www.instagram.com/Yuka.Tanaka_official/")).contains("yuka.tanaka_official");
        assertThat(handle("https://www.tiktok.com/@yukatanaka")).contains("yukatanaka");
        assertThat(handle("https://x.com/Yuka_T")).contains("yuka_t");
        assertThat(handle("https://www.youtube.com/@yukatanaka/videos")).contains("yukatanaka");
        assertThat(handle("https://www.twitch.tv/yukatanaka")).contains("yukatanaka");
        assertThat(handle("https://www.threads.net/@yukatanaka")).contains("yukatanaka");
        assertThat(handle("https://bsky.app/profile/yukatanaka.bsky.social")).contains("yukatanaka");
    }

    @Test
    void isTheInverseOfTheCandidateUrls() {
        for (Platform p : List.of(Platform.INSTAGRAM, Platform.TIKTOK, Platform.X, Platform.YOUTUBE, Platform.TWITCH,
                Platform.THREADS, Platform.BLUESKY)) {
            for (String h : new LookalikeGenerator().candidates("yukatanaka", p, 30)) {
                URI url = URI.create(PlatformHandles.candidateProfileUrls(p, h).get(0));
                assertThat(PlatformHandles.handleFromUrl(p, url)).as(url.toString()).contains(h);
            }
        }
    }

    @Test
    void pagesThatAreNoProfileAndHostilePathsGiveNoHandle() {
        assertThat(handle("https://www.instagram.com/p/Cx12ab/")).isEmpty();
        assertThat(handle("https://www.instagram.com/")).isEmpty();
        assertThat(handle("https://x.com/search?q=yuka")).isEmpty();
        assertThat(handle("https://x.com/%3Cscript%3Ealert(1)%3C%2Fscript%3E")).isEmpty();
        assertThat(handle("https://www.instagram.com/yuka%E2%80%8Dtanaka/")).as("zero width joiner").isEmpty();
        assertThat(handle("https://example.com/about")).isEmpty();
        // An instance is WEB until declared, and its /@user pages read as user@instance like Mastodon's.
        assertThat(handle("https://mastodon.social/@yuka")).contains("yuka@mastodon.social");
        assertThat(PlatformHandles.handleFromUrl(Platform.MASTODON, URI.create("https://mastodon.social/@Yuka")))
                .contains("yuka@mastodon.social");
    }

    @Test
    void theGeneratorNamesTheOperationBehindEachHandle() {
        List<LookalikeGenerator.Generated> g = new LookalikeGenerator().generate("yukatanaka", Platform.INSTAGRAM, 400);
        assertThat(g).extracting(LookalikeGenerator.Generated::operation)
                .contains("affix", "homoglyph", "separator", "digits", "omission", "repetition", "transposition",
                        "replacement", "insertion", "vowel-swap", "addition", "bitsquatting");
        assertThat(g.get(0).operation()).isEqualTo("affix");
        assertThat(g).filteredOn(x -> x.handle().equals("yukatanaka_official")).singleElement()
                .satisfies(x -> assertThat(x.operation()).isEqualTo("affix"));
        assertThat(g).extracting(LookalikeGenerator.Generated::handle)
                .isEqualTo(new LookalikeGenerator().candidates("yukatanaka", Platform.INSTAGRAM, 400));
    }
}
