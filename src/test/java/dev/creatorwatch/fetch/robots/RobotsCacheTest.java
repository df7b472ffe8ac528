package dev.creatorwatch.fetch.robots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.fetch.MutableClock;
import dev.creatorwatch.fetch.politeness.HostDeferredException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RobotsPolicy policy = new RobotsPolicy("TestBot/1");
    private final List<URI> loads = new ArrayList<>();

    private RobotsCache cache(RobotsPolicy.Verdict verdict, int maxOrigins) {
        return new RobotsCache(url -> {
            synchronized (loads) {
                loads.add(url);
            }
            return verdict;
        }, Duration.ofHours(24), Duration.ofMinutes(30), maxOrigins, clock);
    }

    @Test
    void rulesAreCachedPerOriginForTheTtl() throws Exception {
        RobotsCache cache = cache(policy.noRules("404"), 100);
        cache.verdictFor(URI.create("https://a.example/x"));
        cache.verdictFor(URI.create("https://a.example:443/y"));
        cache.verdictFor(URI.create("https://A.example/z"));
        cache.verdictFor(URI.create("http://a.example/x"));
        cache.verdictFor(URI.create("https://a.example:8443/x"));
        assertThat(loads).extracting(URI::toString).containsExactly("https://a.example/robots.txt",
                "http://a.example/robots.txt", "https://a.example:8443/robots.txt");
        clock.advance(Duration.ofHours(23));
        cache.verdictFor(URI.create("https://a.example/x"));
        assertThat(loads).hasSize(3);
        clock.advance(Duration.ofHours(2));
        cache.verdictFor(URI.create("https://a.example/x"));
        assertThat(loads).hasSize(4);
    }

    @Test
    void failuresAreRetriedSooner() throws Exception {
        RobotsCache cache = cache(policy.unreachable("down"), 100);
        cache.verdictFor(URI.create("https://a.example/x"));
        clock.advance(Duration.ofMinutes(29));
        cache.verdictFor(URI.create("https://a.example/x"));
        assertThat(loads).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        cache.verdictFor(URI.create("https://a.example/x"));
        assertThat(loads).hasSize(2);
    }

    @Test
    void cacheIsBounded() throws Exception {
        RobotsCache cache = cache(policy.noRules("404"), 5);
        for (int i = 0; i < 100; i++) {
            cache.verdictFor(URI.create("https://h" + i + ".example/"));
        }
        assertThat(cache.size()).isEqualTo(5);
    }

    @Test
    void deferralIsNotCached() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RobotsCache cache = new RobotsCache(url -> {
            if (calls.incrementAndGet() == 1) {
                throw new HostDeferredException(clock.instant().plusSeconds(60), "backing off");
            }
            return policy.noRules("404");
        }, Duration.ofHours(24), Duration.ofMinutes(30), 10, clock);
        assertThatThrownBy(() -> cache.verdictFor(URI.create("https://a.example/"))).isInstanceOf(HostDeferredException.class);
        assertThat(cache.verdictFor(URI.create("https://a.example/")).kind()).isEqualTo(RobotsPolicy.Kind.NO_RULES);
    }

    @Test
    void concurrentCallersShareOneFetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        RobotsCache cache = new RobotsCache(url -> {
            calls.incrementAndGet();
            release.await(5, TimeUnit.SECONDS);
            return policy.noRules("404");
        }, Duration.ofHours(24), Duration.ofMinutes(30), 10, clock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RobotsPolicy.Verdict>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> cache.verdictFor(URI.create("https://a.example/p"))));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<RobotsPolicy.Verdict> f : futures) {
                assertThat(f.get(5, TimeUnit.SECONDS).kind()).isEqualTo(RobotsPolicy.Kind.NO_RULES);
            }
            assertThat(calls).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
