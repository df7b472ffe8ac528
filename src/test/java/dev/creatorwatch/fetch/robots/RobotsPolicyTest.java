package dev.creatorwatch.fetch.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RobotsPolicyTest {

    private static final String URL = "https://social.example/robots.txt";
    private final RobotsPolicy policy = new RobotsPolicy("CreatorWatchBot/0.1 (+https://example.org/bot)");

    private RobotsPolicy.Verdict parse(String robots) {
        return policy.fromResponse(URL, 200, robots.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    @Test
    void productTokenIsTheUserAgentName() {
        assertThat(policy.productToken()).isEqualTo("creatorwatchbot");
        assertThat(RobotsPolicy.productToken("  ")).isEqualTo("*");
    }

    @Test
    void ourGroupAndCrawlDelayAreRead() {
        RobotsPolicy.Verdict verdict = parse("User-agent: *\nDisallow: /\n\nUser-agent: CreatorWatchBot\n"
                + "Disallow: /private/\nAllow: /private/public\nCrawl-delay: 4\n");
        assertThat(verdict.kind()).isEqualTo(RobotsPolicy.Kind.PARSED);
        assertThat(verdict.rules().isAllowed("https://social.example/yuka")).isTrue();
        assertThat(verdict.rules().isAllowed("https://social.example/private/x")).isFalse();
        assertThat(verdict.rules().isAllowed("https://social.example/private/public")).isTrue();
        assertThat(verdict.rules().getCrawlDelay()).isEqualTo(4000);
    }

    @Test
    void otherBotsRulesDoNotApply() {
        RobotsPolicy.Verdict verdict = parse("User-agent: Googlebot\nDisallow: /\n");
        assertThat(verdict.rules().isAllowed("https://social.example/yuka")).isTrue();
    }

    @Test
    void clientErrorsMeanNoRulesServerErrorsMeanDisallowAll() {
        for (int status : new int[] {400, 401, 403, 404, 410}) {
            RobotsPolicy.Verdict verdict = policy.fromResponse(URL, status, new byte[0], null);
            assertThat(verdict.kind()).as("HTTP %d", status).isEqualTo(RobotsPolicy.Kind.NO_RULES);
            assertThat(verdict.rules().isAllowed("https://social.example/yuka")).isTrue();
            assertThat(verdict.definitive()).isTrue();
        }
        for (int status : new int[] {429, 500, 502, 503}) {
            RobotsPolicy.Verdict verdict = policy.fromResponse(URL, status, new byte[0], null);
            assertThat(verdict.kind()).as("HTTP %d", status).isEqualTo(RobotsPolicy.Kind.SERVER_ERROR);
            assertThat(verdict.rules().isAllowed("https://social.example/yuka")).isFalse();
            assertThat(verdict.definitive()).isFalse();
        }
        assertThat(policy.unreachable("x").rules().isAllowed("https://social.example/")).isFalse();
    }

    @Test
    void garbageRobotsFileIsHarmless() {
        byte[] junk = new byte[100_000];
        new java.util.Random(7).nextBytes(junk);
        RobotsPolicy.Verdict verdict = policy.fromResponse(URL, 200, junk, "text/plain");
        assertThat(verdict.rules().isAllowed("https://social.example/yuka")).isTrue();
    }
}
