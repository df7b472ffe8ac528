package dev.creatorwatch.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.fetch.FetchConfig;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.fetch.PageFetcher;
import dev.creatorwatch.fetch.guard.Allowlist;
import dev.creatorwatch.fetch.guard.UrlGuard;
import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.TestImages;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.awt.Color;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Avatars read through the real polite fetcher from a loopback server: hashes, refusals, and what is never fetched. */
class AvatarHasherTest {

    private static final long MAX_BYTES = 2 * 1024 * 1024;
    private static final Color SKIN = new Color(230, 190, 160);

    private FixtureServer site;
    private AvatarHasher hasher;

    @BeforeEach
    void start() {
        site = new FixtureServer();
        FetchConfig config = fetchConfig(Map.of(
                "monitor.fetch.allowed-hosts", "127.0.0.1",
                "monitor.fetch.host-delay-overrides.\"127.0.0.1\"", "0",
                "monitor.fetch.connect-timeout", "PT2S",
                "monitor.fetch.read-timeout", "PT2S"));
        PageFetcher fetcher = new PageFetcher(config, new UrlGuard(new Allowlist(List.of("127.0.0.1"))));
        hasher = new AvatarHasher(fetcher, MAX_BYTES, 16_777_216, List.of("default_profile_images/"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static FetchConfig fetchConfig(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(FetchConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build()
                .getConfigMapping(FetchConfig.class);
    }

    private AvatarReading read(String path) {
        return hasher.read(path, site.url("/creator/profile"));
    }

    @Test
    void aRescaledRecompressedCopyHashesWithinSixBitsAndAnotherPictureDoesNot() {
        var original = TestImages.portrait(400, SKIN);
        site.bytes("/cdn/original.png", "image/png", TestImages.png(original));
        site.bytes("/cdn/copy.jpg", "image/jpeg", TestImages.jpeg(TestImages.resized(original, 150, 150), 0.7f));
        site.bytes("/cdn/other.jpg", "image/jpeg", TestImages.jpeg(TestImages.logo(320), 0.8f));

        AvatarReading a = read("/cdn/original.png");
        AvatarReading copy = read("/cdn/copy.jpg");
        AvatarReading other = read("/cdn/other.jpg");

        assertThat(a.status()).isEqualTo(AvatarStatus.HASHED);
        assertThat(a.url()).isEqualTo(site.url("/cdn/original.png"));
        assertThat(copy.status()).isEqualTo(AvatarStatus.HASHED);
        assertThat(a.hash().distance(copy.hash())).isLessThanOrEqualTo(6);
        assertThat(a.hash().distance(other.hash())).isGreaterThan(6);
    }

    @Test
    void anAbsoluteAndAProtocolRelativeUrlWorkToo() {
        site.bytes("/cdn/a.png", "image/png", TestImages.png(TestImages.logo(120)));
        String absolute = site.url("/cdn/a.png");
        assertThat(hasher.read(absolute, null).status()).isEqualTo(AvatarStatus.HASHED);
        assertThat(hasher.read(absolute.substring("http:".length()), site.url("/p")).status())
                .isEqualTo(AvatarStatus.HASHED);
    }

    @Test
    void aServerLyingAboutTheTypeIsJudgedByTheBytes() {
        site.bytes("/cdn/page.jpg", "image/jpeg", "<html><body>Please log in</body></html>".getBytes());
        site.bytes("/cdn/real.bin", "application/octet-stream", TestImages.png(TestImages.logo(100)));
        assertThat(read("/cdn/page.jpg").status()).isEqualTo(AvatarStatus.NOT_AN_IMAGE);
        assertThat(read("/cdn/real.bin").status()).isEqualTo(AvatarStatus.HASHED);
    }

    @Test
    void hostileAvatarsEndWithoutAHash() {
        site.bytes("/cdn/bomb.png", "image/png", SafeImageDecoderTest.pngDeclaring(100_000, 100_000));
        site.bytes("/cdn/huge.jpg", "image/jpeg", new byte[(int) MAX_BYTES + 4096]);
        site.bytes("/cdn/logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>".getBytes());
        site.bytes("/cdn/blank.jpg", "image/jpeg", TestImages.jpeg(TestImages.plain(200, new Color(200, 200, 205)),
                0.8f));
        site.redirect("/cdn/moved.png", 302, "http://10.0.0.7/internal.png");
        site.redirect("/cdn/metadata.png", 302, "http://169.254.169.254/latest/meta-data/");

        AvatarReading bomb = read("/cdn/bomb.png");
        assertThat(bomb.status()).isEqualTo(AvatarStatus.TOO_MANY_PIXELS);
        AvatarReading huge = read("/cdn/huge.jpg");
        assertThat(huge.status()).isEqualTo(AvatarStatus.FETCH_FAILED);
        assertThat(huge.fetchOutcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(read("/cdn/logo.svg").status()).isEqualTo(AvatarStatus.NOT_AN_IMAGE);
        AvatarReading blank = read("/cdn/blank.jpg");
        assertThat(blank.status()).isEqualTo(AvatarStatus.BLANK);
        assertThat(blank.detail()).contains("nearly uniform");
        for (String path : List.of("/cdn/moved.png", "/cdn/metadata.png")) {
            AvatarReading refused = read(path);
            assertThat(refused.status()).isEqualTo(AvatarStatus.FETCH_FAILED);
            assertThat(refused.fetchOutcome()).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
        }
        for (AvatarReading r : List.of(bomb, huge, blank)) {
            assertThat(r.hash()).isNull();
        }
    }

    @Test
    void missingAndRobotsBlockedAvatarsAreFetchFailures() {
        site.html("/robots.txt", "User-agent: *\nDisallow: /private/\n");
        site.bytes("/private/a.png", "image/png", TestImages.png(TestImages.logo(100)));
        AvatarReading blocked = read("/private/a.png");
        assertThat(blocked.fetchOutcome()).isEqualTo(FetchOutcome.BLOCKED_BY_ROBOTS);
        assertThat(site.requestsTo("/private/a.png")).isZero();
        assertThat(read("/cdn/gone.png").fetchOutcome()).isEqualTo(FetchOutcome.NOT_FOUND);
    }

    @Test
    void platformDefaultsAndNonHttpAddressesAreNotFetched() {
        AvatarReading x = hasher.read(site.url("/sticky/default_profile_images/default_profile_400x400.png"), null);
        assertThat(x.status()).isEqualTo(AvatarStatus.PLATFORM_DEFAULT);
        assertThat(hasher.read("data:image/png;base64,AAAA", site.url("/p")).status())
                .isEqualTo(AvatarStatus.NOT_AN_IMAGE);
        assertThat(hasher.read("file:///etc/passwd", null).status()).isEqualTo(AvatarStatus.NOT_AN_IMAGE);
        assertThat(site.requests()).isZero();
    }
}
