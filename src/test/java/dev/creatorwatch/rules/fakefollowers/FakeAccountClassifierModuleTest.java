package dev.creatorwatch.rules.fakefollowers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleParameters;
import dev.creatorwatch.rules.RuleCaseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeAccountClassifierModuleTest {

    static final RuleParameters PARAMS = new RuleParameters(Map.of("model",
            "fakefollowers/fake-account-classifier.model.json"));
    private final FakeAccountClassifierModule module = new FakeAccountClassifierModule();

    static RuleContext ctx(Profile p) {
        AccountFacts a = new AccountFacts(1L, 1L, "X", false, Platform.INSTAGRAM, p.handle(), null, Tier.NANO);
        return new RuleContext(a, new Observation(1L, Instant.parse("2026-01-01T00:00:00Z"), p), List.of(), List.of(),
                List.of());
    }

    @Test
    void ruleCasesPass() throws Exception {
        assertThat(RuleCaseFiles.checkAll("fakefollowers", "fake-account-classifier", module)).isEqualTo(5);
    }

    @Test
    void followFarmingAccountIsFlaggedWithPlainReasons() {
        Profile p = Profile.builder().handle("lily_8812_3341").followers(8L).following(2900L).posts(0L).build();
        List<Finding> f = module.evaluate(ctx(p), PARAMS);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.reason()).startsWith("This account looks like a fake").contains("follow");
            assertThat((Double) x.evidence().get("probability")).isGreaterThanOrEqualTo((Double) x.evidence().get("minProbability"));
            assertThat((List<?>) x.evidence().get("reasons")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        });
    }

    @Test
    void genuineCreatorIsNotFlagged() {
        Profile p = Profile.builder().handle("yukatanaka").followers(48_000L).following(350L).posts(900L)
                .avatarUrl("https://cdn.example/a.jpg").privateAccount(false).build();
        assertThat(module.evaluate(ctx(p), PARAMS)).isEmpty();
    }

    @Test
    void prolificCreatorsAreNotFlaggedBeyondWhatTheTrainingDataShowed() {
        // the logistic part has squares of the log counts; clamped to the training range they cannot run away
        for (long posts : new long[] {3_000L, 10_000L, 1_000_000L}) {
            Profile p = Profile.builder().handle("annamuster").followers(400L).following(600L).posts(posts)
                    .avatarUrl("https://cdn.example/a.jpg").privateAccount(false).build();
            assertThat(module.evaluate(ctx(p), PARAMS)).as("%d posts", posts).isEmpty();
        }
    }

    @Test
    void reasonsAreWordedFromTheValueNotOnlyFromThePush() {
        assertThat(FakeFeature.POSTS.describe(3000, true, 45)).isEqualTo(
                "has a real posting history (3,000 posts), which with its other signals points towards fake");
        assertThat(FakeFeature.POSTS.describe(0, true, 45)).isEqualTo("has posted little (0 posts)");
        assertThat(FakeFeature.IS_PRIVATE.describe(0, true, Double.NaN))
                .isEqualTo("is public, which with its other signals points towards fake");
        assertThat(FakeFeature.FOLLOWERS.describe(40, true, Double.NaN)).as("no typical value: worded by the push")
                .isEqualTo("has few followers (40)");
    }

    @Test
    void explanationsAddUpToTheScore() {
        FakeAccountClassifier c = FakeAccountClassifier.load(Path.of("rules/fakefollowers/fake-account-classifier.model.json"));
        double[] x = AccountFeatures.of(Profile.builder().handle("a1b2c3").followers(40L).following(900L).posts(3L)
                .build());
        FakeAccountModel m = c.model();
        double sum = m.baseLogOdds();
        for (RegressionTree t : m.trees()) {
            sum += t.value()[0];
        }
        for (double v : m.contributions(x)) {
            sum += v;
        }
        assertThat(sum).isCloseTo(m.logOdds(x), within(1e-9));
    }

    @Test
    void modelOutsideTheRulesFolderOrBrokenIsRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("model", "../pom.xml"))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("inside the rules folder");
        assertThatThrownBy(() -> module.validate(RuleParameters.empty())).isInstanceOf(RuleDefinitionException.class);
        Files.writeString(dir.resolve("bad.model.json"), "{\"format\":\"creatorwatch-gbt-1\",\"trees\":[{\"feature\":[0],"
                + "\"split\":[1],\"left\":[0],\"right\":[0],\"nanLeft\":[true],\"value\":[0]}]}");
        FakeAccountClassifierModule m = new FakeAccountClassifierModule(dir);
        assertThatThrownBy(() -> m.validate(new RuleParameters(Map.of("model", "bad.model.json"))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void hostileProfilesAreHandled() {
        String huge = "\u0661\u0662\u0663".repeat(50_000) + "\u202e\uD83D\uDE00'; DROP TABLE x;--";
        Profile p = Profile.builder().handle(huge).displayName(huge).bio(huge).followers(Long.MAX_VALUE)
                .following(0L).posts(-4L).externalUrl("javascript:alert(1)").build();
        double[] x = AccountFeatures.of(p);
        assertThat(x[FakeFeature.USERNAME_DIGIT_RATIO.ordinal()]).isBetween(0.0, 1.0);
        assertThat(x[FakeFeature.POSTS.ordinal()]).isNaN();
        List<Finding> f = module.evaluate(ctx(p), PARAMS);
        assertThat(f).allSatisfy(v -> assertThat(v.confidence()).isBetween(0.0, 1.0));
        assertThat(module.evaluate(new RuleContext(null, null, null, null, null), PARAMS)).isEmpty();
    }

    @Test
    void aRetrainedModelTakesEffectWhenTheRulesAreValidatedAgainAndABrokenOneDoesNot(@TempDir Path dir)
            throws Exception {
        Path shipped = Path.of("rules/fakefollowers/fake-account-classifier.model.json");
        Path file = dir.resolve("m.model.json");
        Files.copy(shipped, file);
        FakeAccountClassifierModule m = new FakeAccountClassifierModule(dir);
        RuleParameters params = new RuleParameters(Map.of("model", "m.model.json"));
        Profile farm = Profile.builder().handle("user83749201").followers(12L).following(4100L).posts(0L).build();
        m.validate(params);
        assertThat(m.evaluate(ctx(farm), params)).hasSize(1);
        FakeAccountClassifier before = m.classifier("m.model.json");

        // "Retrained": the same weights with a base log-odds far lower, so nothing reaches the threshold.
        String json = Files.readString(shipped);
        Files.writeString(file, json.replaceFirst("\"baseLogOdds\" : [-0-9.eE]+", "\"baseLogOdds\" : -60.0"));
        assertThat(m.evaluate(ctx(farm), params)).as("not read again between reloads").hasSize(1);
        m.validate(params);
        assertThat(m.evaluate(ctx(farm), params)).isEmpty();
        assertThat(m.classifier("m.model.json")).isNotSameAs(before);

        FakeAccountClassifier retrained = m.classifier("m.model.json");
        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> m.validate(params)).isInstanceOf(RuleDefinitionException.class)
                .hasMessageContaining("cannot be read");
        assertThat(m.classifier("m.model.json")).isSameAs(retrained);
    }
}
