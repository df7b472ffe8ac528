package dev.creatorwatch.rules.fakefollowers;

import dev.creatorwatch.json.Json;
import dev.creatorwatch.rules.fakefollowers.FakeAccountDatasets.Dataset;
import dev.creatorwatch.rules.fakefollowers.FakeModelTrainer.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trains the shipped fake-account model and writes {@code rules/fakefollowers/fake-account-classifier.model.json}.
 *
 * <p>Only the SRF 2017 set (CC BY-SA 4.0, followers of influencers: our setting) is used for the shipped model:
 * InstaFake is CC BY-NC (no commercial use) and the Kaggle set has no stated licence, so both stay evaluation-only.
 * The model is {@link FakeModelTrainer.Recipe#defaults()}: the logistic part alone (log counts with their squares and
 * products, "no posts", username shape), no trees. The threshold is the lowest that keeps specificity >= 0.96 on
 * inner out-of-fold scores, pooled over {@link FakeClassifierProtocol#INNER_REPEATS} repeats of the inner
 * cross-validation, the same {@link FakeClassifierProtocol#fit} the evaluation uses (the target's operating point),
 * because wrongly calling a real person fake costs more than missing a fake.
 * Usage: {@code TrainFakeClassifier [sharedDataDir] [outFile]}, reproducibly:
 * <pre>{@value #COMMAND}</pre>
 */
public final class TrainFakeClassifier {

    static final double MIN_SPECIFICITY = 0.96;
    static final String COMMAND = "./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt"
            + " && java -cp target/test-classes:target/classes:$(cat target/cp.txt)"
            + " dev.creatorwatch.rules.fakefollowers.TrainFakeClassifier ../shared/data"
            + " rules/fakefollowers/fake-account-classifier.model.json";

    private TrainFakeClassifier() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("fake-accounts");
        Path out = Path.of(args.length > 1 ? args[1] : "rules/fakefollowers/fake-account-classifier.model.json");
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("dataset folder " + data.toAbsolutePath() + " is absent");
        }
        Dataset srf = FakeAccountDatasets.srf(data);
        Recipe params = Recipe.defaults();
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("data", "SRF Data, srfdata/2017-10-instagram-influencers labelled_1000_inclprivate.csv "
                + "(anonymised derivative, 975 rows, 98 fake), CC BY-SA 4.0, credit SRF Data");
        training.put("rows", srf.y().length);
        training.put("fakes", srf.fakes());
        training.put("threshold", "lowest with specificity >= " + MIN_SPECIFICITY + " on inner "
                + FakeClassifierProtocol.INNER_FOLDS + "-fold out-of-fold scores, pooled over "
                + FakeClassifierProtocol.INNER_REPEATS + " repeats (fold seeds seed+1..seed+"
                + FakeClassifierProtocol.INNER_REPEATS + ")");
        training.put("parameters", params.asMap());
        training.put("command", COMMAND);
        FakeAccountModel model = FakeClassifierProtocol.fit(srf.x(), srf.y(), params,
                FakeClassifierProtocol.minSpecificity(MIN_SPECIFICITY), training);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(model) + "\n");
        System.out.printf("wrote %s: %d trees, %d logistic inputs, %d products, threshold %.4f%n", out,
                model.trees().size(), model.logistic() == null ? 0 : model.logistic().inputs().size(),
                model.logistic() == null ? 0 : model.logistic().pairs().size(), model.threshold());
    }
}
