package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleParameters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngagementAnomalyModuleTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final AccountFacts ACCOUNT = new AccountFacts(1L, 1L, "Foo", false, Platform.INSTAGRAM, "foo",
            "https://www.instagram.com/foo/", Tier.MICRO);

    private final EngagementAnomalyModule module = new EngagementAnomalyModule();

    static Observation obs(int day, Long followers, Long posts, Long likesPerPost) {
        List<Post> recent = likesPerPost == null ? List.of()
                : List.of(new Post("a", null, null, likesPerPost, likesPerPost / 10, null, null),
                        new Post("b", null, null, likesPerPost, likesPerPost / 10, null, null));
        Profile p = Profile.builder().handle("foo").followers(followers).following(300L).posts(posts)
                .recentPosts(recent).build();
        return new Observation((long) day, T0.plus(day, ChronoUnit.DAYS), p);
    }

    /** Weekly snapshots growing about 1% a week with steady engagement, then {@code current}. */
    static RuleContext weekly(Observation current) {
        List<Observation> history = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            history.add(obs(7 * w, 10_000L + 100L * w, 100L + 2L * w, 300L + (w % 2) * 20L));
        }
        Collections.reverse(history); // the contract: newest first
        return new RuleContext(ACCOUNT, current, history, List.of(), List.of());
    }

    private List<Finding> run(RuleContext ctx) {
        return module.evaluate(ctx, RuleParameters.empty());
    }

    @Test
    void boughtFollowersJumpAlerts() {
        List<Finding> f = run(weekly(obs(35, 15_000L, 110L, 300L)));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.evidence()).containsEntry("event", "FOLLOWER_JUMP").containsEntry("followersNow", 15_000L);
            assertThat(x.reason()).contains("bought followers").contains("10,400 to 15,000");
            assertThat(x.confidence()).isBetween(0.6, 1.0);
        });
    }

    @Test
    void purgeAlertsAsDrop() {
        List<Finding> f = run(weekly(obs(35, 8_500L, 110L, 300L)));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.evidence()).containsEntry("event", "FOLLOWER_DROP");
            assertThat(x.reason()).contains("purge");
        });
    }

    @Test
    void podSpikeWithoutFollowerGrowthAlerts() {
        List<Finding> f = run(weekly(obs(35, 10_520L, 110L, 1_500L)));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.evidence()).containsEntry("event", "ENGAGEMENT_SPIKE");
            assertThat(x.reason()).contains("pods");
        });
    }

    @Test
    void viralMomentWithFollowersAndEngagementUpTogetherDoesNotAlert() {
        assertThat(run(weekly(obs(35, 15_000L, 110L, 1_200L)))).isEmpty();
    }

    @Test
    void ordinaryGrowthAndAMissedSnapshotDoNotAlert() {
        assertThat(run(weekly(obs(35, 10_500L, 110L, 310L)))).isEmpty();
        // four weeks without a snapshot, growth kept its usual pace: the longer gap is not a jump
        assertThat(run(weekly(obs(56, 10_800L, 116L, 290L)))).isEmpty();
    }

    @Test
    void alertsOncePerEventNotOnEveryElevatedPoint() {
        RuleContext first = weekly(obs(35, 15_000L, 110L, 300L));
        assertThat(run(first)).hasSize(1);
        List<Observation> history = new ArrayList<>(first.history());
        history.add(0, first.current());
        RuleContext next = new RuleContext(ACCOUNT, obs(38, 20_000L, 111L, 300L), history, List.of(), List.of());
        assertThat(run(next)).isEmpty();
    }

    @Test
    void postingBurstAlerts() {
        List<Finding> f = run(weekly(obs(35, 10_500L, 160L, 300L)));
        assertThat(f).singleElement().satisfies(x -> assertThat(x.evidence()).containsEntry("event", "POSTING_BURST"));
    }

    @Test
    void ruleSelectsItsEventKinds() {
        RuleParameters onlyDrops = new RuleParameters(Map.of("events", List.of("follower-drop")));
        assertThat(module.evaluate(weekly(obs(35, 15_000L, 110L, 300L)), onlyDrops)).isEmpty();
        assertThat(module.evaluate(weekly(obs(35, 8_500L, 110L, 300L)), onlyDrops)).hasSize(1);
    }

    /**
     * The demo's timelines (Nora: a jump as the very first change, then slow growth; the lookalike: fast early growth,
     * then flat). The first rate became the usual trend, so slower growth later read as "far below trend" and raised
     * a purge alert although followers never fell.
     */
    @Test
    void followersThatNeverFallNeverRaiseADrop() {
        RuleParameters onlyDrops = new RuleParameters(Map.of("events", List.of("follower-drop")));
        for (long[] timeline : new long[][] {{12_400, 48_900, 49_150, 49_420, 49_420}, {212, 230, 241, 241, 241}}) {
            List<Observation> history = new ArrayList<>();
            for (int i = 0; i < timeline.length; i++) {
                RuleContext ctx = new RuleContext(ACCOUNT, obs(i, timeline[i], 100L, 60L), List.copyOf(history),
                        List.of(), List.of());
                assertThat(module.evaluate(ctx, onlyDrops)).as("snapshot %d of %s", i, timeline[0]).isEmpty();
                history.add(0, ctx.current());
            }
        }
    }

    @Test
    void tooLittleHistoryNeverAlerts() {
        RuleContext ctx = new RuleContext(ACCOUNT, obs(7, 50_000L, 100L, 300L), List.of(obs(0, 10_000L, 100L, 300L)),
                List.of(), List.of());
        assertThat(run(ctx)).isEmpty();
    }

    @Test
    void hostileAndMissingValuesAreHandled() {
        List<Observation> history = List.of(obs(14, null, null, null), obs(7, Long.MAX_VALUE, -5L, 0L),
                obs(3, 0L, 0L, Long.MAX_VALUE / 4), obs(3, 0L, 0L, null),
                new Observation(9L, T0, Profile.builder().build()));
        RuleContext ctx = new RuleContext(ACCOUNT, obs(21, 0L, Long.MAX_VALUE, 1L), history, List.of(), List.of());
        List<Finding> f = run(ctx);
        assertThat(f).allSatisfy(x -> assertThat(x.confidence()).isBetween(0.0, 1.0));
        assertThat(run(new RuleContext(ACCOUNT, null, null, null, null))).isEmpty();
    }

    @Test
    void invalidParametersAreRefusedAtLoad() {
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("spikeRatio", 0.5))))
                .isInstanceOf(RuleDefinitionException.class);
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("events", List.of("nonsense")))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("nonsense");
        module.validate(RuleParameters.empty());
    }

    @Test
    void detectorStateSurvivesJsonRoundTrip() {
        AccountAnomalyDetector a = new AccountAnomalyDetector(AccountAnomalyDetector.Settings.defaults());
        for (int w = 0; w < 5; w++) {
            a.update(AccountPoint.of(obs(7 * w, 10_000L + 100L * w, 100L + 2L * w, 300L)));
        }
        String json = a.state().toJson();
        // three series-detector states (two 10-bin histograms and their logs each): constant, a few KB per account
        assertThat(json.length()).isLessThan(5000);
        AccountAnomalyDetector b = new AccountAnomalyDetector(AccountAnomalyDetector.Settings.defaults(),
                AccountAnomalyState.fromJson(json));
        AccountPoint jump = AccountPoint.of(obs(35, 15_000L, 110L, 300L));
        assertThat(b.update(jump)).usingRecursiveComparison().isEqualTo(a.update(jump));
    }
}
