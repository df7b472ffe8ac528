package dev.creatorwatch.rules.fakefollowers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.creatorwatch.json.Json;
import dev.creatorwatch.rules.fakefollowers.LogisticPart.Input;
import dev.creatorwatch.rules.fakefollowers.LogisticPart.Pair;
import dev.creatorwatch.rules.fakefollowers.LogisticPart.Transform;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticPartTest {

    static final List<FakeFeature> FEATURES = List.of(FakeFeature.FOLLOWERS, FakeFeature.FOLLOWING, FakeFeature.POSTS);
    static final LogisticPart PART = new LogisticPart(List.of(
            new Input(FakeFeature.FOLLOWERS, Transform.LOG1P, 0, 12, 5, 2, -1.0),
            new Input(FakeFeature.FOLLOWING, Transform.LOG1P, 0, 9, 6, 1.5, 2.0),
            new Input(FakeFeature.POSTS, Transform.IS_ZERO, 0, 1, 0.1, 0.3, 0.5)),
            List.of(new Pair(0, 1, -0.4), new Pair(1, 1, 0.2)));

    @Test
    void sharesOfTheLogisticPartAddUpToItsLogOdds() {
        double[] x = {40, 2900, 0};
        double[] c = new double[3];
        PART.explain(x, FEATURES, c);
        assertThat(c[0] + c[1] + c[2]).isCloseTo(PART.logOdds(x, FEATURES), within(1e-12));
        assertThat(c[1]).as("many follows push towards fake").isPositive();
    }

    @Test
    void anUnknownValueSitsAtTheCentreAndAddsNothing() {
        double[] x = {Double.NaN, 2900, Double.NaN};
        double[] c = new double[3];
        PART.explain(x, FEATURES, c);
        assertThat(c[0]).isZero();
        assertThat(c[2]).isZero();
    }

    @Test
    void modelWithTreesAndLogisticPartExplainsItsWholeScoreAndSurvivesJson() throws Exception {
        RegressionTree tree = new RegressionTree(new int[] {1, -1, -1}, new double[] {1000, 0, 0},
                new int[] {1, 0, 0}, new int[] {2, 0, 0}, new boolean[] {true, false, false},
                new double[] {0.1, -0.2, 0.3});
        FakeAccountModel m = new FakeAccountModel(FakeAccountModel.FORMAT, FEATURES, -2, 0.3, List.of(tree), PART,
                Map.of());
        FakeAccountModel back = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(m), FakeAccountModel.class);
        double[] x = {12, 4100, 0};
        double sum = back.baseLogOdds() + tree.value()[0];
        for (double v : back.contributions(x)) {
            sum += v;
        }
        assertThat(sum).isCloseTo(back.logOdds(x), within(1e-9));
        assertThat(back.logOdds(x)).isCloseTo(m.logOdds(x), within(1e-12));
    }

    @Test
    void aLogisticInputOutsideTheFeatureListOrAnOldFormatWithOneIsRefused() {
        assertThatThrownBy(() -> new FakeAccountModel(FakeAccountModel.FORMAT, List.of(FakeFeature.FOLLOWERS), 0,
                0.5, List.of(), PART, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FakeAccountModel(FakeAccountModel.FORMAT_TREES_ONLY, FEATURES, 0, 0.5,
                List.of(), PART, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Input(FakeFeature.POSTS, Transform.LOG1P, 0, 1, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        // a file without the clamp bounds must not load as "clamp everything to 0"
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"feature\":\"POSTS\",\"transform\":\"LOG1P\","
                + "\"center\":3,\"scale\":2,\"weight\":1}", Input.class)).isInstanceOf(Exception.class);
    }

    @Test
    void trainerFindsTheDirectionOfASimpleSignal() {
        Random rnd = new Random(7);
        double[][] x = new double[400][];
        int[] y = new int[400];
        for (int i = 0; i < x.length; i++) {
            double following = Math.exp(rnd.nextDouble() * 8);
            x[i] = new double[] {Math.exp(rnd.nextDouble() * 8), following, rnd.nextInt(3) == 0 ? 0 : 50};
            y[i] = Math.log(following) + rnd.nextGaussian() > 5 ? 1 : 0;
        }
        LogisticTrainer.Fit fit = new LogisticTrainer(0.1).train(x, y, FEATURES);
        Input following = fit.part().inputs().stream().filter(in -> in.feature() == FakeFeature.FOLLOWING)
                .findFirst().orElseThrow();
        assertThat(following.weight()).isGreaterThan(1);
        assertThat(fit.part().pairs()).hasSize(6);
    }
}
