package dev.creatorwatch.fetch;

import static dev.creatorwatch.fetch.TestSite.bytes;
import static dev.creatorwatch.fetch.TestSite.html;
import static dev.creatorwatch.fetch.TestSite.redirect;
import static dev.creatorwatch.fetch.TestSite.status;
import static dev.creatorwatch.fetch.TestSite.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PAGE = "<html><head><title>Yuka</title></head><body>profile</body></html>";

    private TestSite site;
    private MutableClock clock;

    @BeforeEach
    void startSite() throws IOException {
        site = TestSite.start();
        clock = new MutableClock(NOW);
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private PageFetcher fetcher(Map<String, String> extra) {
        FetchConfig config = TestConfigs.forSite(site, extra);
        return new PageFetcher(config, new FetchBeans().urlGuard(config), clock, clock.sleeper());
    }

    private PageFetcher fetcher() {
        return fetcher(Map.of());
    }

    private FetchAttempt get(PageFetcher fetcher, String path) {
        return fetcher.attempt(FetchRequest.of(site.url(path)));
    }

    @Test
    void okPageCarriesBodyValidatorsAndSizes() {
        site.on("/yuka", bytes(200, "text/html; charset=UTF-8", PAGE.getBytes(StandardCharsets.UTF_8),
                Map.of("ETag", "\"v1\"", "Last-Modified", "Wed, 31 Dec 2025 10:00:00 GMT")));
        FetchResult result = fetcher().fetch(FetchRequest.of(site.url("/yuka")));
        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(PAGE);
        assertThat(result.bytes()).isEqualTo(PAGE.length());
        assertThat(result.finalUrl()).isEqualTo(site.url("/yuka").toString());
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Wed, 31 Dec 2025 10:00:00 GMT");
        assertThat(result.duration()).isPositive();
        assertThat(result.error()).isNull();
    }

    @Test
    void sendsConfiguredUserAgentAndChecksRobotsFirst() {
        site.on("/yuka", html(200, PAGE));
        fetcher(Map.of("user-agent", "TestBot/1.0 (+https://example.org/contact)")).fetch(FetchRequest.of(site.url("/yuka")));
        assertThat(site.hits()).extracting(TestSite.Hit::path).containsExactly("/robots.txt", "/yuka");
        assertThat(site.hits().get(1).headers().getFirst("User-Agent")).isEqualTo("TestBot/1.0 (+https://example.org/contact)");
    }

    @Test
    void conditionalGetGives304NotModified() {
        site.on("/yuka", ex -> {
            boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
                    && ex.getRequestHeaders().getFirst("If-Modified-Since") != null;
            TestSite.send(ex, same ? 304 : 200, "text/html", same ? new byte[0] : PAGE.getBytes(StandardCharsets.UTF_8),
                    Map.of("ETag", "\"v1\""));
        });
        FetchAttempt attempt = fetcher().attempt(
                new FetchRequest(site.url("/yuka"), "\"v1\"", "Wed, 31 Dec 2025 10:00:00 GMT"));
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(attempt.result().httpStatus()).isEqualTo(304);
        assertThat(attempt.result().etag()).isEqualTo("\"v1\"");
        assertThat(attempt.result().body()).isNull();
        assertThat(fetcher().fetch(FetchRequest.of(site.url("/yuka"))).outcome()).isEqualTo(FetchOutcome.OK);
    }

    @Test
    void statusCodesMapToOutcomes() {
        site.on("/gone", status(404, Map.of()))
                .on("/removed", status(410, Map.of()))
                .on("/legal", status(451, Map.of()))
                .on("/auth", status(401, Map.of("WWW-Authenticate", "Basic")))
                .on("/challenge", html(403, "<html>Checking your browser...</html>"))
                .on("/teapot", status(418, Map.of()));
        PageFetcher fetcher = fetcher();
        assertThat(get(fetcher, "/gone").outcome()).isEqualTo(FetchOutcome.NOT_FOUND);
        assertThat(get(fetcher, "/removed").outcome()).isEqualTo(FetchOutcome.SUSPENDED);
        assertThat(get(fetcher, "/legal").outcome()).isEqualTo(FetchOutcome.SUSPENDED);
        assertThat(get(fetcher, "/auth").outcome()).isEqualTo(FetchOutcome.LOGIN_WALL);
        FetchAttempt challenge = get(fetcher, "/challenge");
        assertThat(challenge.outcome()).isEqualTo(FetchOutcome.LOGIN_WALL);
        assertThat(challenge.result().httpStatus()).isEqualTo(403);
        assertThat(challenge.result().error()).contains("403");
        FetchAttempt teapot = get(fetcher, "/teapot");
        assertThat(teapot.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(teapot.result().error()).contains("unexpected HTTP 418");
        assertThat(teapot.retryNotBefore()).isEmpty();
    }

    @Test
    void redirectToLoginPageIsLoginWall() {
        site.on("/yuka", redirect(302, "/accounts/login/?next=/yuka/"))
                .on("/accounts/login/", html(200, "<form>log in</form>"));
        FetchAttempt attempt = get(fetcher(), "/yuka");
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.LOGIN_WALL);
        assertThat(attempt.result().finalUrl()).endsWith("/accounts/login/?next=/yuka/");
        assertThat(site.hitsTo("/accounts/login/")).isZero();
    }

    @Test
    void redirectsAreFollowedUpToTheCap() {
        for (int i = 1; i <= 7; i++) {
            site.on("/hop" + i, redirect(i % 2 == 0 ? 301 : 307, "/hop" + (i + 1)));
        }
        site.on("/hop8", html(200, PAGE));
        PageFetcher fetcher = fetcher();
        FetchAttempt withinCap = get(fetcher, "/hop3");
        assertThat(withinCap.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(withinCap.result().finalUrl()).endsWith("/hop8");

        FetchAttempt overCap = get(fetcher, "/hop1");
        assertThat(overCap.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(overCap.result().error()).contains("more than 5 redirects");
        assertThat(site.hitsTo("/hop7")).isEqualTo(1);
    }

    @Test
    void brokenRedirectsAreNetworkErrors() {
        site.on("/no-location", status(302, Map.of()))
                .on("/bad-location", redirect(302, "http://exa mple.com/<>"))
                .on("/self", redirect(301, "/self#again"));
        PageFetcher fetcher = fetcher();
        FetchAttempt noLocation = get(fetcher, "/no-location");
        assertThat(noLocation.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(noLocation.result().error()).contains("unexpected HTTP 302");
        FetchAttempt bad = get(fetcher, "/bad-location");
        assertThat(bad.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(bad.result().error()).contains("invalid location");
        assertThat(get(fetcher, "/self").result().error()).contains("redirect loop");
    }

    @Test
    void redirectLoopIsDetected() {
        site.on("/a", redirect(302, "/b")).on("/b", redirect(302, site.url("/a").toString()));
        FetchAttempt attempt = get(fetcher(), "/a");
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(attempt.result().error()).contains("redirect loop");
        assertThat(site.hitsTo("/a")).isEqualTo(1);
    }

    @Test
    void redirectToPrivateAddressIsRefusedAlthoughFirstHostIsAllowlisted() throws IOException {
        try (TestSite sentinel = TestSite.start()) {
            sentinel.on("/secret", html(200, "internal"));
            site.on("/to-metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"))
                    .on("/to-loopback", redirect(302, sentinel.url("/secret").toString()))
                    .on("/to-hex", redirect(302, "http://0x7f.1:" + sentinel.port() + "/secret"))
                    .on("/to-mapped", redirect(302, "http://[::ffff:127.0.0.1]:" + sentinel.port() + "/secret"))
                    .on("/to-localhost", redirect(302, "http://localhost:" + sentinel.port() + "/secret"))
                    .on("/to-file", redirect(302, "file:///etc/passwd"));
            PageFetcher fetcher = fetcher();
            for (String path : new String[] {"/to-metadata", "/to-loopback", "/to-hex", "/to-mapped", "/to-localhost",
                    "/to-file"}) {
                FetchAttempt attempt = get(fetcher, path);
                assertThat(attempt.outcome()).as(path).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
                assertThat(attempt.result().error()).as(path).isNotBlank();
            }
            assertThat(sentinel.hits()).as("nothing may reach the non-allowlisted server").isEmpty();
        }
    }

    @Test
    void withoutAllowlistNothingReachesLoopback() {
        site.on("/yuka", html(200, PAGE));
        FetchConfig config = TestConfigs.config(Map.of("host-delay-overrides.\"127.0.0.1\"", "0"));
        PageFetcher strict = new PageFetcher(config, new FetchBeans().urlGuard(config), clock, clock.sleeper());
        FetchAttempt attempt = strict.attempt(FetchRequest.of(site.url("/yuka")));
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
        assertThat(attempt.result().error()).contains("loopback");
        assertThat(site.hits()).isEmpty();
    }

    @Test
    void rateLimitWithRetryAfterSeconds() {
        site.on("/yuka", status(429, Map.of("Retry-After", "120")));
        PageFetcher fetcher = fetcher();
        FetchAttempt attempt = get(fetcher, "/yuka");
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(attempt.result().httpStatus()).isEqualTo(429);
        assertThat(attempt.retryNotBefore()).contains(NOW.plusSeconds(120));
        assertThat(fetcher.hostBackoffUntil("127.0.0.1")).contains(NOW.plusSeconds(120));

        FetchAttempt again = get(fetcher, "/yuka");
        assertThat(again.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(again.retryNotBefore()).contains(NOW.plusSeconds(120));
        assertThat(site.hitsTo("/yuka")).as("the host is left alone until the retry time").isEqualTo(1);

        clock.advance(Duration.ofSeconds(121));
        assertThat(get(fetcher, "/yuka").result().httpStatus()).isEqualTo(429);
        assertThat(site.hitsTo("/yuka")).isEqualTo(2);
    }

    @Test
    void rateLimitWithRetryAfterHttpDate() {
        site.on("/yuka", status(429, Map.of("Retry-After", "Thu, 01 Jan 2026 00:10:00 GMT")));
        FetchAttempt attempt = get(fetcher(), "/yuka");
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(attempt.retryNotBefore()).contains(Instant.parse("2026-01-01T00:10:00Z"));
    }

    @Test
    void unavailableWithRetryAfterIsRateLimitedWithoutItIsAnError() {
        site.on("/busy", status(503, Map.of("Retry-After", "30")));
        FetchAttempt busy = get(fetcher(), "/busy");
        assertThat(busy.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(busy.retryNotBefore()).contains(NOW.plusSeconds(30));

        site.on("/down", status(503, Map.of()));
        FetchAttempt down = get(fetcher(), "/down");
        assertThat(down.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(down.result().error()).contains("503");
        assertThat(down.retryNotBefore()).isPresent();
    }

    @Test
    void serverErrorsBackOffExponentiallyWithJitter() {
        site.on("/yuka", status(500, Map.of()));
        PageFetcher fetcher = fetcher(Map.of("backoff-base", "PT10S", "backoff-max", "PT40S"));
        FetchAttempt first = get(fetcher, "/yuka");
        assertThat(first.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(first.result().error()).contains("server error HTTP 500");
        assertThat(first.retryNotBefore()).get().satisfies(t ->
                assertThat(t).isBetween(NOW.plusSeconds(5), NOW.plusSeconds(10)));

        FetchAttempt deferred = get(fetcher, "/yuka");
        assertThat(deferred.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(deferred.result().httpStatus()).isZero();
        assertThat(site.hitsTo("/yuka")).isEqualTo(1);

        Instant[] expectedMax = {NOW.plusSeconds(20), NOW.plusSeconds(40), NOW.plusSeconds(40)};
        for (Instant max : expectedMax) {
            clock.advance(Duration.between(clock.instant(), first.retryNotBefore().get()).plusSeconds(50));
            Instant now = clock.instant();
            FetchAttempt next = get(fetcher, "/yuka");
            Duration backoff = Duration.between(now, next.retryNotBefore().orElseThrow());
            Duration cap = Duration.between(NOW, max);
            assertThat(backoff).isBetween(cap.dividedBy(2), cap);
            first = next;
        }
    }

    @Test
    void slowBodyHitsTheReadDeadline() {
        site.on("/slow", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        long start = System.nanoTime();
        FetchAttempt attempt = fetcher(Map.of("read-timeout", "PT0.5S")).attempt(FetchRequest.of(site.url("/slow")));
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(attempt.result().error()).contains("within");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void connectionRefusedIsNetworkError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FetchConfig config = TestConfigs.config(Map.of("allowed-hosts", "127.0.0.1:" + closedPort));
        PageFetcher fetcher = new PageFetcher(config, new FetchBeans().urlGuard(config), clock, clock.sleeper());
        FetchAttempt attempt = fetcher.attempt(FetchRequest.of("http://127.0.0.1:" + closedPort + "/yuka"));
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(attempt.result().error()).contains("robots.txt unreachable");
        assertThat(attempt.retryNotBefore()).isPresent();
    }

    @Test
    void tenMegabyteBodyIsTooLarge() {
        byte[] tenMb = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMb, (byte) 'a');
        site.on("/declared", bytes(200, "text/html", tenMb, Map.of()));
        site.on("/chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(tenMb, 0, 1024 * 1024);
                }
            }
        });
        PageFetcher fetcher = fetcher();
        FetchAttempt declared = get(fetcher, "/declared");
        assertThat(declared.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(declared.result().error()).contains("5242880");
        FetchAttempt chunked = get(fetcher, "/chunked");
        assertThat(chunked.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    }

    @Test
    void gzipBombIsStopped() throws IOException {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        site.on("/bomb", bytes(200, "text/html", bomb, Map.of("Content-Encoding", "gzip")));
        site.on("/honest", bytes(200, "text/html; charset=UTF-8", gzip(PAGE.getBytes(StandardCharsets.UTF_8)),
                Map.of("Content-Encoding", "gzip")));
        PageFetcher fetcher = fetcher();
        FetchAttempt attempt = get(fetcher, "/bomb");
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(attempt.result().error()).containsAnyOf("compression ratio", "decompressed");
        assertThat(site.hits().get(site.hits().size() - 1).headers().getFirst("Accept-Encoding")).contains("gzip");

        FetchAttempt honest = get(fetcher, "/honest");
        assertThat(honest.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(honest.result().body()).isEqualTo(PAGE);
    }

    @Test
    void nonTextAndBinaryBodiesAreParseFailures() {
        site.on("/image", bytes(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, Map.of()));
        site.on("/binary", bytes(200, "text/html", new byte[] {'<', 'h', 0, 0, 1, 2}, Map.of()));
        PageFetcher fetcher = fetcher();
        assertThat(get(fetcher, "/image").outcome()).isEqualTo(FetchOutcome.PARSE_FAILURE);
        site.on("/brotli", bytes(200, "text/html", new byte[] {1, 2, 3}, Map.of("Content-Encoding", "br")));
        site.on("/corrupt", bytes(200, "text/html", new byte[] {0x1f, (byte) 0x8b, 8, 0, 9, 9}, Map.of("Content-Encoding", "gzip")));
        assertThat(get(fetcher, "/brotli").outcome()).isEqualTo(FetchOutcome.PARSE_FAILURE);
        FetchAttempt corrupt = get(fetcher, "/corrupt");
        assertThat(corrupt.outcome()).isEqualTo(FetchOutcome.PARSE_FAILURE);
        assertThat(corrupt.retryNotBefore()).isEmpty();
        FetchAttempt binary = get(fetcher, "/binary");
        assertThat(binary.outcome()).isEqualTo(FetchOutcome.PARSE_FAILURE);
        assertThat(binary.result().error()).contains("binary");
    }

    @Test
    void robotsDisallowBlocksWithoutRequestingThePage() {
        site.on("/robots.txt", text("User-agent: *\nDisallow: /private/\n\nUser-agent: creatorwatchbot\nDisallow: /p/\n"));
        site.on("/p/yuka", html(200, PAGE)).on("/private/x", html(200, PAGE)).on("/public", html(200, PAGE));
        PageFetcher fetcher = fetcher();
        assertThat(get(fetcher, "/p/yuka").outcome()).isEqualTo(FetchOutcome.BLOCKED_BY_ROBOTS);
        // Our own group replaces the * group, so /private/ is allowed for us.
        assertThat(get(fetcher, "/private/x").outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(get(fetcher, "/public").outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(site.hitsTo("/p/yuka")).isZero();
        assertThat(site.hitsTo("/robots.txt")).as("robots.txt is cached").isEqualTo(1);
    }

    @Test
    void robotsRedirectHopIsCheckedToo() {
        site.on("/robots.txt", text("User-agent: *\nDisallow: /\n"));
        site.on("/p/yuka", redirect(301, "/moved"));
        site.on("/moved", html(200, PAGE));
        FetchAttempt attempt = get(fetcher(), "/p/yuka");
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.BLOCKED_BY_ROBOTS);
        assertThat(site.hitsTo("/p/yuka")).isZero();
    }

    @Test
    void oversizedRobotsFileIsReadUpToTheCap() {
        String robots = "User-agent: *\nDisallow: /p/\n" + "# padding\n".repeat(70_000);
        site.on("/robots.txt", text(robots)).on("/p/yuka", html(200, PAGE)).on("/ok", html(200, PAGE));
        PageFetcher fetcher = fetcher();
        assertThat(get(fetcher, "/p/yuka").outcome()).isEqualTo(FetchOutcome.BLOCKED_BY_ROBOTS);
        assertThat(get(fetcher, "/ok").outcome()).isEqualTo(FetchOutcome.OK);
    }

    @Test
    void redirectToAnotherHostObeysThatHostsRobots() throws IOException {
        try (TestSite other = TestSite.start()) {
            other.on("/robots.txt", text("User-agent: *\nDisallow: /blocked\n"))
                    .on("/blocked", html(200, PAGE)).on("/fine", html(200, PAGE));
            site.on("/to-blocked", redirect(302, other.url("/blocked").toString()))
                    .on("/to-fine", redirect(302, other.url("/fine").toString()));
            FetchConfig config = TestConfigs.forSite(site, Map.of("allowed-hosts",
                    site.allowEntry() + "," + other.allowEntry()));
            PageFetcher fetcher = new PageFetcher(config, new FetchBeans().urlGuard(config), clock, clock.sleeper());
            assertThat(fetcher.attempt(FetchRequest.of(site.url("/to-blocked"))).outcome())
                    .isEqualTo(FetchOutcome.BLOCKED_BY_ROBOTS);
            FetchAttempt fine = fetcher.attempt(FetchRequest.of(site.url("/to-fine")));
            assertThat(fine.outcome()).isEqualTo(FetchOutcome.OK);
            assertThat(fine.result().finalUrl()).isEqualTo(other.url("/fine").toString());
            assertThat(other.hitsTo("/blocked")).isZero();
            assertThat(other.hitsTo("/robots.txt")).isEqualTo(1);
        }
    }

    @Test
    void robots404AllowsAndRobots500Disallows() throws IOException {
        site.on("/yuka", html(200, PAGE));
        assertThat(get(fetcher(), "/yuka").outcome()).isEqualTo(FetchOutcome.OK);

        try (TestSite broken = TestSite.start()) {
            broken.on("/robots.txt", status(500, Map.of())).on("/yuka", html(200, PAGE));
            FetchConfig config = TestConfigs.forSite(broken, Map.of());
            PageFetcher fetcher = new PageFetcher(config, new FetchBeans().urlGuard(config), clock, clock.sleeper());
            FetchAttempt attempt = fetcher.attempt(FetchRequest.of(broken.url("/yuka")));
            assertThat(attempt.outcome()).isEqualTo(FetchOutcome.BLOCKED_BY_ROBOTS);
            assertThat(attempt.result().error()).contains("500");
            assertThat(broken.hitsTo("/yuka")).isZero();
        }
    }

    @Test
    void crawlDelayIsHonouredUpToTheCap() {
        site.on("/robots.txt", text("User-agent: *\nCrawl-delay: 3\n")).on("/a", html(200, PAGE)).on("/b", html(200, PAGE));
        PageFetcher fetcher = fetcher();
        get(fetcher, "/a");
        get(fetcher, "/b");
        assertThat(clock.sleeps()).contains(Duration.ofSeconds(3));

        MutableClock capped = new MutableClock(NOW);
        FetchConfig config = TestConfigs.forSite(site, Map.of("crawl-delay-cap", "PT2S"));
        PageFetcher cappedFetcher = new PageFetcher(config, new FetchBeans().urlGuard(config), capped, capped.sleeper());
        cappedFetcher.attempt(FetchRequest.of(site.url("/a")));
        cappedFetcher.attempt(FetchRequest.of(site.url("/b")));
        assertThat(capped.sleeps()).contains(Duration.ofSeconds(2)).noneMatch(d -> d.compareTo(Duration.ofSeconds(2)) > 0);
    }

    @Test
    void minimumHostDelayAppliesBetweenRequests() {
        site.on("/a", html(200, PAGE)).on("/b", html(200, PAGE));
        PageFetcher fetcher = fetcher(Map.of("host-delay-overrides.\"127.0.0.1\"", "PT1.5S"));
        get(fetcher, "/a");
        get(fetcher, "/b");
        // robots.txt, /a, /b: two gaps.
        assertThat(clock.sleeps().stream().filter(d -> d.equals(Duration.ofMillis(1500)))).hasSize(2);
    }

    @Test
    void busyHostQueueLongerThanMaxWaitIsDeferred() {
        site.on("/a", html(200, PAGE)).on("/b", html(200, PAGE));
        MutableClock frozen = new MutableClock(NOW);
        FetchConfig config = TestConfigs.forSite(site,
                Map.of("host-delay-overrides.\"127.0.0.1\"", "PT90S", "max-queue-wait", "PT60S"));
        // A sleeper that does not advance the clock: the next slot stays 90 s away.
        PageFetcher fetcher = new PageFetcher(config, new FetchBeans().urlGuard(config), frozen, d -> { });
        fetcher.attempt(FetchRequest.of(site.url("/a")));
        FetchAttempt attempt = fetcher.attempt(FetchRequest.of(site.url("/b")));
        assertThat(attempt.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(attempt.retryNotBefore()).isPresent();
        assertThat(site.hitsTo("/b")).isZero();
    }

    @Test
    void japaneseAndKoreanPagesDecode() {
        String ja = "<html><head><meta charset=\"%s\"><title>ゆかのプロフィール</title></head><body>こんにちは、世界。"
                + "日本語のプロフィールページです。フォロワー１２万人。</body></html>";
        String ko = "<html><head><meta charset=\"EUC-KR\"><title>프로필</title></head><body>안녕하세요 세계. "
                + "한국어 프로필 페이지입니다. 팔로워 12만 명.</body></html>";
        site.on("/sjis", bytes(200, "text/html; charset=Shift_JIS", String.format(ja, "Shift_JIS")
                .getBytes(Charset.forName("Shift_JIS")), Map.of()));
        site.on("/eucjp", bytes(200, "text/html; charset=EUC-JP", String.format(ja, "EUC-JP")
                .getBytes(Charset.forName("EUC-JP")), Map.of()));
        site.on("/euckr", bytes(200, "text/html; charset=EUC-KR", ko.getBytes(Charset.forName("EUC-KR")), Map.of()));
        site.on("/wrong", bytes(200, "text/html; charset=ISO-8859-1", String.format(ja, "Shift_JIS")
                .getBytes(Charset.forName("Shift_JIS")), Map.of()));
        PageFetcher fetcher = fetcher();
        assertThat(get(fetcher, "/sjis").result().body()).isEqualTo(String.format(ja, "Shift_JIS"));
        assertThat(get(fetcher, "/eucjp").result().body()).isEqualTo(String.format(ja, "EUC-JP"));
        assertThat(get(fetcher, "/euckr").result().body()).isEqualTo(ko);
        assertThat(get(fetcher, "/wrong").result().body()).isEqualTo(String.format(ja, "Shift_JIS"));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
