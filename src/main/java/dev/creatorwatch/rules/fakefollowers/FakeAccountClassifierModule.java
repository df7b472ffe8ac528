package dev.creatorwatch.rules.fakefollowers;

import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import dev.creatorwatch.parse.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Module {@code fake-account-classifier}: scores the account itself from its public profile with the model named by
 * the rule's {@code model:} parameter (a path under the rules folder, so the model is versioned with the rules; see
 * {@link FakeAccountModel} for what it may hold). Parameters: {@code model} (required), {@code minProbability}
 * (default: the model's own threshold), {@code maxReasons} (default 3). Needs followers and following on the
 * snapshot; says nothing without them. A model file is read again whenever the rules are (re)loaded, so a retrained
 * model takes effect with {@code POST /api/rules/reload} like any other rule change; a file that does not load is
 * refused with its rule and the model read before stays in use.
 */
@ApplicationScoped
public class FakeAccountClassifierModule implements RuleModule {

    public static final String NAME = "fake-account-classifier";

    private final Path rulesDir;
    /** Loaded models by file; immutable once loaded, so sharing them keeps the module stateless in behaviour. */
    private final Map<Path, FakeAccountClassifier> models = new ConcurrentHashMap<>();

    @Inject
    public FakeAccountClassifierModule(@ConfigProperty(name = "monitor.rules.dir", defaultValue = "rules") Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    public FakeAccountClassifierModule() {
        this(Path.of("rules"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void validate(RuleParameters parameters) {
        FakeAccountClassifier c = reload(parameters.text("model"));
        double min = parameters.number("minProbability", c.model().threshold());
        if (!(min > 0 && min < 1)) {
            throw new RuleDefinitionException("parameters.minProbability", "parameters.minProbability must be in (0,1)");
        }
        if (parameters.integer("maxReasons", 3) < 1) {
            throw new RuleDefinitionException("parameters.maxReasons", "parameters.maxReasons must be 1 or more");
        }
    }

    @Override
    public List<Finding> evaluate(RuleContext context, RuleParameters parameters) {
        Profile p = context.current() == null ? null : context.current().profile();
        if (p == null || p.followers() == null || p.following() == null) {
            return List.of();
        }
        FakeAccountClassifier c = classifier(parameters.text("model"));
        double min = parameters.number("minProbability", c.model().threshold());
        FakeAccountClassifier.Assessment a = c.assess(p, (int) parameters.integer("maxReasons", 3));
        if (a.probability() < min) {
            return List.of();
        }
        String why = a.reasons().stream().map(FakeAccountClassifier.Reason::text).collect(Collectors.joining("; "));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("probability", Math.round(a.probability() * 1000) / 1000.0);
        evidence.put("minProbability", min);
        evidence.put("model", parameters.text("model"));
        evidence.put("reasons", a.reasons().stream().map(r -> Map.of("feature", r.feature().name(),
                "value", Double.isNaN(r.value()) ? "unknown" : r.value(),
                "logOddsContribution", Math.round(r.contribution() * 1000) / 1000.0)).toList());
        // The flagging level beside the probability: "36 %" alone reads as "probably genuine" to most people, while
        // the model was set to flag from about 27 % to keep specificity at 0.96.
        String reason = String.format(Locale.ROOT, "This account looks like a fake or bot account (model probability "
                + "%.0f%%; this rule flags from %.0f%%): it %s.", 100 * a.probability(), 100 * min,
                why.isEmpty() ? "matches the model's fake profile" : why);
        return List.of(new Finding("", Math.min(1.0, a.probability()), reason, evidence));
    }

    /**
     * The model in {@code relativePath} under the rules folder as last read with the rules (read now if it never
     * was). The follower sampler scores sampled followers with it, so both see a retrained model at the same reload.
     * A model already read is returned without touching the file system: this runs for every account scanned.
     */
    public FakeAccountClassifier classifier(String relativePath) {
        FakeAccountClassifier known = models.get(rulesDir.resolve(relativePath).normalize());
        return known != null ? known : models.computeIfAbsent(modelFile(relativePath), f -> read(f, relativePath));
    }

    /** Reads the file afresh; the cached model is replaced only when the new one loads. */
    private FakeAccountClassifier reload(String relativePath) {
        Path file = modelFile(relativePath);
        FakeAccountClassifier fresh = read(file, relativePath);
        models.put(file, fresh);
        return fresh;
    }

    private Path modelFile(String relativePath) {
        Path file = rulesDir.resolve(relativePath).normalize();
        if (!file.startsWith(rulesDir.normalize()) || !Files.isRegularFile(file)) {
            throw new RuleDefinitionException("parameters.model", "parameters.model '" + relativePath
                    + "' is not a file inside the rules folder " + rulesDir);
        }
        return file;
    }

    private static FakeAccountClassifier read(Path file, String relativePath) {
        try {
            return FakeAccountClassifier.load(file);
        } catch (RuntimeException e) {
            throw new RuleDefinitionException("parameters.model", "parameters.model '" + relativePath
                    + "' cannot be read: " + e.getMessage());
        }
    }
}
