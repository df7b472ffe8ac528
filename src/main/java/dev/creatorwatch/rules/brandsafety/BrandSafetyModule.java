package dev.creatorwatch.rules.brandsafety;

import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brand-safety content: screens display name, bio, external link and recent captions against the GARM lexicons and
 * raises one finding per category that the rule's suitability profile cares about.
 *
 * <p>Parameters: {@code profile} (name of a {@code suitability/*.profile.json}, required), {@code fields} (any of
 * name, bio, link, posts; all by default), {@code maxPosts} (how many recent posts to read, default 12).
 *
 * <p>The lexicons and profiles are data beside the rules; they are read again whenever the rule files are (loading
 * calls {@link #validate}), and a broken file keeps the previous good data in force, as for rule files.
 */
@ApplicationScoped
public class BrandSafetyModule implements RuleModule {

    public static final String NAME = "brand-safety";
    private static final int MAX_MATCHES_IN_EVIDENCE = 20;
    private static final int MATCHES_IN_REASON = 3;

    private final Path folder;
    private final AtomicReference<BrandSafetyLibrary> library = new AtomicReference<>();

    /** For plain tests: the rules folder of the working directory. */
    public BrandSafetyModule() {
        this(Path.of("rules"));
    }

    @Inject
    public BrandSafetyModule(@ConfigProperty(name = "monitor.rules.dir", defaultValue = "rules") Path rulesFolder) {
        this.folder = rulesFolder.resolve("brandsafety");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void validate(RuleParameters parameters) {
        BrandSafetyLibrary loaded;
        try {
            loaded = BrandSafetyLibrary.load(folder);
            library.set(loaded);
        } catch (BrandSafetyDataException e) {
            throw new RuleDefinitionException("profile", "brand-safety data refused: " + e.getMessage());
        }
        String profile = parameters.text("profile");
        if (loaded.profile(profile).isEmpty()) {
            throw new RuleDefinitionException("parameters.profile", "parameters.profile names no suitability profile '"
                    + profile + "' (known: " + String.join(", ", loaded.profiles().keySet().stream().sorted().toList())
                    + ")");
        }
        fields(parameters);
        if (parameters.integer("maxPosts", 12) < 0) {
            throw new RuleDefinitionException("parameters.maxPosts", "parameters.maxPosts must be 0 or more");
        }
    }

    @Override
    public List<Finding> evaluate(RuleContext context, RuleParameters parameters) {
        BrandSafetyLibrary lib = library();
        String profileName = parameters.text("profile");
        SuitabilityProfile profile = lib.profile(profileName).orElseThrow(
                () -> new IllegalStateException("no suitability profile '" + profileName + "'"));
        List<FieldMatch> matches = new ContentScreen(lib.lexicon()).screen(context.current().profile(),
                fields(parameters), (int) parameters.integer("maxPosts", 12));
        Map<GarmCategory, List<FieldMatch>> byCategory = new EnumMap<>(GarmCategory.class);
        for (FieldMatch m : matches) {
            LexiconEntry e = m.match().entry();
            if (profile.alerts(e.category(), e.level())) {
                byCategory.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(m);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byCategory.forEach((category, found) -> findings.add(finding(category, distinct(found), profile)));
        return findings;
    }

    private BrandSafetyLibrary library() {
        BrandSafetyLibrary lib = library.get();
        if (lib == null) {
            lib = BrandSafetyLibrary.load(folder);
            library.compareAndSet(null, lib);
        }
        return lib;
    }

    private static Set<ContentField> fields(RuleParameters parameters) {
        if (!parameters.has("fields")) {
            return EnumSet.allOf(ContentField.class);
        }
        Set<ContentField> fields = EnumSet.noneOf(ContentField.class);
        for (String f : parameters.textList("fields")) {
            fields.add(ContentField.fromName(f).orElseThrow(() -> new RuleDefinitionException("parameters.fields",
                    "parameters.fields names unknown field '" + f + "' (known: name, bio, link, posts)")));
        }
        return fields;
    }

    /**
     * One match per term and place, strongest level first, then in reading order. A match inside a longer one of the
     * same place ("weed" inside "buy weed") is dropped: it says nothing the longer one does not.
     */
    private static List<FieldMatch> distinct(List<FieldMatch> found) {
        Map<String, FieldMatch> seen = new LinkedHashMap<>();
        for (FieldMatch m : found) {
            boolean inside = found.stream().anyMatch(o -> o != m && o.where().equals(m.where())
                    && o.match().start() <= m.match().start() && o.match().end() >= m.match().end()
                    && o.match().end() - o.match().start() > m.match().end() - m.match().start());
            if (!inside) {
                seen.putIfAbsent(m.where() + "\u0000" + m.match().entry().term(), m);
            }
        }
        List<FieldMatch> out = new ArrayList<>(seen.values());
        out.sort(Comparator.comparing((FieldMatch m) -> m.match().entry().level()).reversed());
        return out;
    }

    private static Finding finding(GarmCategory category, List<FieldMatch> found, SuitabilityProfile profile) {
        RiskLevel top = found.get(0).match().entry().level();
        Set<String> terms = new LinkedHashSet<>();
        found.forEach(m -> terms.add(m.match().entry().term()));
        double confidence = Math.min(1.0, top.confidence() + 0.05 * (terms.size() - 1));

        StringBuilder reason = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (FieldMatch m : found.subList(0, Math.min(MATCHES_IN_REASON, found.size()))) {
            parts.add(m.where() + " says “" + m.match().quoted() + "” (term “" + m.match().entry().term() + "”, "
                    + m.match().entry().level().id() + ")");
        }
        reason.append(capitalize(String.join("; ", parts)));
        if (found.size() > MATCHES_IN_REASON) {
            reason.append("; and ").append(found.size() - MATCHES_IN_REASON).append(" more");
        }
        reason.append(". Category: ").append(category.label()).append(", level ").append(top.id());
        if (top == RiskLevel.FLOOR) {
            reason.append(" (never suitable for brands).");
        } else {
            reason.append(" (the '").append(profile.name()).append("' suitability profile alerts on this category from ")
                    .append(profile.minimumFor(category).id()).append(").");
        }

        List<Map<String, Object>> evidenceMatches = new ArrayList<>();
        for (FieldMatch m : found.subList(0, Math.min(MAX_MATCHES_IN_EVIDENCE, found.size()))) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("where", m.where());
            e.put("text", m.match().quoted());
            e.put("term", m.match().entry().term());
            e.put("level", m.match().entry().level().id());
            e.put("lexicon", m.match().entry().source());
            if (m.url() != null) {
                e.put("postUrl", m.url());
            }
            evidenceMatches.add(e);
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("category", category.id());
        evidence.put("categoryLabel", category.label());
        evidence.put("level", top.id());
        evidence.put("profile", profile.name());
        evidence.put("profileMinimumLevel", profile.minimumFor(category).id());
        evidence.put("matchCount", found.size());
        evidence.put("matches", evidenceMatches);
        return new Finding(category.id(), confidence, reason.toString(), evidence);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
