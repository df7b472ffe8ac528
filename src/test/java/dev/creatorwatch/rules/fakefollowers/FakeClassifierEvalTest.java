package dev.creatorwatch.rules.fakefollowers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.rules.engagement.anomaly.EvalReport;
import dev.creatorwatch.rules.engagement.anomaly.SharedData;
import dev.creatorwatch.rules.fakefollowers.FakeAccountDatasets.Dataset;
import dev.creatorwatch.rules.fakefollowers.FakeModelTrainer.Recipe;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Account-level fake classifier on the three public sets, each with the protocol its README asks for, beside the
 * single-rule baselines the READMEs list. Thresholds are always chosen on training rows only.
 */
@Tag("eval")
class FakeClassifierEvalTest {

    static final long SEED = 20261125L;

    @Test
    void scoresAllThreeSetsBesideBaselines() {
        Path root = SharedData.require("fake-accounts");
        Recipe params = Recipe.defaults();
        StringBuilder md = new StringBuilder("## Fake-account classifier (gradient-boosted trees, ")
                .append(params.trees().trees()).append(" trees, depth ").append(params.trees().maxDepth())
                .append(", seed ").append(SEED).append(")\n\n")
                .append("| set | protocol | method | precision | recall | F1 | MCC | accuracy | specificity |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");

        Dataset insta = FakeAccountDatasets.instaFake(root);
        BinaryMetrics instaCv = FakeClassifierProtocol.crossValidate(insta, 10, SEED, params,
                FakeClassifierProtocol.MAX_MCC);
        row(md, "InstaFake (1194)", "stratified 10-fold", "model, threshold max-MCC in train folds", instaCv);
        row(md, "InstaFake (1194)", "all rows", "rule following > 2*followers",
                rule(insta, x -> x[FakeFeature.FOLLOWING.ordinal()] > 2 * x[FakeFeature.FOLLOWERS.ordinal()]));

        Dataset train = FakeAccountDatasets.kaggle(root, "train");
        Dataset test = FakeAccountDatasets.kaggle(root, "test");
        BoostedTreesModel kaggleModel = FakeClassifierProtocol.fit(train.x(), train.y(), params,
                FakeClassifierProtocol.MAX_MCC, Map.of());
        BinaryMetrics kaggle = FakeClassifierProtocol.evaluate(kaggleModel, test.x(), test.y());
        row(md, "Kaggle test (120)", "train.csv -> test.csv", "model, threshold max-MCC in train CV", kaggle);
        row(md, "Kaggle test (120)", "test.csv", "rule #followers < 30",
                rule(test, x -> x[FakeFeature.FOLLOWERS.ordinal()] < 30));
        row(md, "Kaggle test (120)", "test.csv", "rule #follows > 2*#followers",
                rule(test, x -> x[FakeFeature.FOLLOWING.ordinal()] > 2 * x[FakeFeature.FOLLOWERS.ordinal()]));

        Dataset srf = FakeAccountDatasets.srf(root);
        BinaryMetrics srfCv = FakeClassifierProtocol.crossValidate(srf, 10, SEED, params,
                FakeClassifierProtocol.minSpecificity(TrainFakeClassifier.MIN_SPECIFICITY));
        row(md, "SRF 2017 (975)", "stratified 10-fold", "model, threshold = spec>=" + TrainFakeClassifier.MIN_SPECIFICITY
                + " in inner CV of train folds", srfCv);
        BinaryMetrics srfMcc = FakeClassifierProtocol.crossValidate(srf, 10, SEED, params,
                FakeClassifierProtocol.MAX_MCC);
        row(md, "SRF 2017 (975)", "stratified 10-fold", "model, threshold max-MCC in train folds", srfMcc);
        row(md, "SRF 2017 (975)", "all rows", "rule following > 2*followers",
                rule(srf, x -> x[FakeFeature.FOLLOWING.ordinal()] > 2 * x[FakeFeature.FOLLOWERS.ordinal()]));
        md.append("\nTargets: InstaFake MCC >= 0.89; Kaggle accuracy >= 0.94 and MCC >= 0.88; "
                + "SRF sensitivity >= 0.80 at specificity >= 0.96.\n");
        EvalReport.section("2-fake-accounts", md.toString());

        // Sanity floors well below the targets: a broken trainer or loader must fail this test.
        assertThat(instaCv.mcc()).isGreaterThan(0.7);
        assertThat(kaggle.accuracy()).isGreaterThan(0.85);
        assertThat(srfCv.specificity()).isGreaterThan(0.9);
    }

    private static BinaryMetrics rule(Dataset d, Predicate<double[]> fake) {
        double[] s = new double[d.y().length];
        for (int i = 0; i < s.length; i++) {
            s[i] = fake.test(d.x()[i]) ? 1 : 0;
        }
        return BinaryMetrics.of(s, d.y(), 0.5);
    }

    private static void row(StringBuilder md, String set, String protocol, String method, BinaryMetrics m) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", set,
                protocol, method, m.precision(), m.recall(), m.f1(), m.mcc(), m.accuracy(), m.specificity()));
    }
}
