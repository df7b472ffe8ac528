package dev.creatorwatch.rules.fakefollowers;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.parse.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scores one account from its public profile with a {@link FakeAccountModel} and says why, in plain words. */
public final class FakeAccountClassifier {

    /** Largest model file we accept; a real one is a few hundred KB. */
    static final long MAX_MODEL_BYTES = 20L * 1024 * 1024;

    /**
     * One reason: the feature, its value, how much it moved the log-odds (positive = towards fake), and the model's
     * typical value of the feature (NaN when it has none), which tells "few" from "many".
     */
    public record Reason(FakeFeature feature, double value, double contribution, double typical) {

        /**
         * The reason in plain words. Worded on demand: most assessments stay below the rule's threshold and are never
         * explained, and wording every contributing feature of every scan cost more than scoring it.
         */
        public String text() {
            return feature.describe(value, contribution > 0, typical);
        }
    }

    /** The verdict: probability of fake, whether it reaches the model's threshold, and the strongest reasons. */
    public record Assessment(double probability, double threshold, boolean fake, List<Reason> reasons) {
    }

    private final FakeAccountModel model;

    public FakeAccountClassifier(FakeAccountModel model) {
        this.model = model;
    }

    public static FakeAccountClassifier load(Path modelFile) {
        try {
            if (Files.size(modelFile) > MAX_MODEL_BYTES) {
                throw new IllegalArgumentException("model file " + modelFile + " is larger than " + MAX_MODEL_BYTES);
            }
            return new FakeAccountClassifier(Json.read(Files.readString(modelFile), new TypeReference<>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fake-account model " + modelFile, e);
        }
    }

    public FakeAccountModel model() {
        return model;
    }

    public Assessment assess(Profile profile, int maxReasons) {
        return assess(AccountFeatures.of(profile), maxReasons);
    }

    /** {@code all} is indexed by {@link FakeFeature#ordinal()}, as {@link AccountFeatures} builds it. */
    public Assessment assess(double[] all, int maxReasons) {
        double[] x = new double[model.features().size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = all[model.features().get(i).ordinal()];
        }
        double p = model.probability(x);
        boolean fake = p >= model.threshold();
        double[] c = model.contributions(x);
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            // Explain the verdict: list what pushed towards it, strongest first.
            if (c[i] != 0 && (c[i] > 0) == fake) {
                FakeFeature f = model.features().get(i);
                reasons.add(new Reason(f, x[i], c[i], model.typical(i)));
            }
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution())));
        return new Assessment(p, model.threshold(), fake, List.copyOf(reasons.subList(0, Math.min(maxReasons,
                reasons.size()))));
    }
}
