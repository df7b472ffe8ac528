package dev.creatorwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.fetch.guard.RefusedUrlException;
import dev.creatorwatch.fetch.guard.UrlGuard;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The beans wire up in the real application with the documented defaults (no properties set for fetch). */
@QuarkusTest
class FetchWiringTest {

    @Inject
    PageFetcher fetcher;

    @Inject
    UrlGuard guard;

    @Inject
    FetchConfig config;

    @Test
    void defaultsArePoliteAndGuarded() {
        assertThat(config.userAgent()).startsWith("CreatorWatchBot/").contains("+https://");
        assertThat(config.maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(config.maxRedirects()).isEqualTo(5);
        assertThat(config.robotsCacheTtl()).isEqualTo(Duration.ofHours(24));
        // The test profile allowlists only the loopback fixture servers the tests start themselves.
        assertThat(config.allowedHosts()).contains(java.util.List.of("127.0.0.1", "localhost"));
        assertThatThrownBy(() -> guard.check(URI.create("http://169.254.169.254/latest/meta-data/")))
                .isInstanceOf(RefusedUrlException.class);
        FetchAttempt attempt = fetcher.attempt(FetchRequest.of("http://10.255.255.1/"));
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
    }
}
