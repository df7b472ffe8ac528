package dev.creatorwatch.rules.fakefollowers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.ProtectedIdentitySet;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleParameters;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleCaseFiles;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AudienceQualityTest {

    private final AudienceQuality aq = new AudienceQuality(AudienceQuality.Settings.defaults(0.025));

    static Observation obs(String at, long followers, long likes, long comments) {
        Profile p = Profile.builder().followers(followers).recentPosts(List.of(
                new Post("a", null, null, likes, comments, null, null),
                new Post("b", null, null, likes, comments, null, null))).build();
        return new Observation(null, Instant.parse(at + "T00:00:00Z"), p);
    }

    @Test
    void healthyAudienceScoresHighWithAllComputableParts() {
        AudienceQuality.Result r = aq.compute(obs("2026-02-01", 20_000, 600, 20),
                List.of(obs("2026-01-01", 19_000, 580, 20)), null);
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.reasons()).anyMatch(s -> s.contains("no sample of followers was possible"));
        assertThat(r.parts()).filteredOn(p -> p.score() == null).extracting(AudienceQuality.Part::name)
                .containsExactly("fakeFollowerShare");
    }

    @Test
    void boughtFollowersLowerTheScoreButViralGrowthDoesNot() {
        AudienceQuality.Result bought = aq.compute(obs("2026-02-01", 20_000, 40, 0),
                List.of(obs("2026-01-01", 10_000, 40, 0)), null);
        assertThat(bought.score()).isLessThan(20);
        AudienceQuality.Result viral = aq.compute(obs("2026-02-01", 20_000, 700, 30),
                List.of(obs("2026-01-01", 10_000, 300, 12)), null);
        assertThat(viral.score()).isGreaterThanOrEqualTo(95);
    }

    @Test
    void followerSampleGivesWilsonInterval() {
        double[] ci = new FollowerSample(100, 10).wilson(1.96);
        assertThat(ci[0]).isCloseTo(0.0552, within(1e-4));
        assertThat(ci[1]).isCloseTo(0.1744, within(1e-4));
        AudienceQuality.Result r = aq.compute(obs("2026-02-01", 20_000, 600, 20), List.of(),
                new FollowerSample(100, 50));
        assertThat(r.reasons()).anyMatch(s -> s.contains("About 50% of 100 sampled followers")
                && s.contains("40%-60%"));
        assertThat(r.score()).isLessThan(100);
        assertThatThrownBy(() -> new FollowerSample(3, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingKnownGivesNoScoreRatherThanZero() {
        AudienceQuality.Result r = aq.compute(new Observation(null, Instant.EPOCH, Profile.builder().build()),
                null, null);
        assertThat(r.score()).isNull();
        assertThat(aq.compute(null, List.of(), null).score()).isNull();
    }

    @Test
    void moduleRuleCasesPassAndParametersAreChecked() throws Exception {
        AudienceQualityModule m = new AudienceQualityModule();
        assertThat(RuleCaseFiles.checkAll("fakefollowers", "fake-audience-quality", m)).isEqualTo(4);
        assertThatThrownBy(() -> m.validate(new RuleParameters(Map.of("minScore", 0)))).isInstanceOf(
                RuleDefinitionException.class);
        // The usual rate per tier is the shared table, never a table of the rule's own.
        assertThatThrownBy(() -> m.validate(new RuleParameters(Map.of("minScore", 75,
                "engagementNorm", Map.of("nano", 0.04))))).isInstanceOf(RuleDefinitionException.class)
                .hasMessageContaining("engagement/tier-engagement-norms.json");
    }

    @Test
    void moduleReadsTheFollowerSampleFromTheContext() {
        AudienceQualityModule m = new AudienceQualityModule();
        RuleParameters p = new RuleParameters(Map.of("minScore", 75, "minParts", 2));
        dev.creatorwatch.rules.AccountFacts facts = new dev.creatorwatch.rules.AccountFacts(1L, 1L, "C", false,
                dev.creatorwatch.creator.Platform.MASTODON, "c@example.social", "https://example.social/@c",
                dev.creatorwatch.creator.Tier.MICRO);
        Observation now = obs("2026-02-01", 20_000, 600, 20);
        // Healthy engagement alone: no alert; the same account with 60% of sampled followers fake: alert.
        assertThat(m.evaluate(new RuleContext(facts, now, List.of(), List.of(),
                ProtectedIdentitySet.EMPTY, RuleContext.Source.SCAN, null, null), p)).isEmpty();
        var findings = m.evaluate(new RuleContext(facts, now, List.of(), List.of(),
                ProtectedIdentitySet.EMPTY, RuleContext.Source.SCAN, new FollowerSample(200, 160), null), p);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).reason()).contains("About 80% of 200 sampled followers look fake");
    }
}
