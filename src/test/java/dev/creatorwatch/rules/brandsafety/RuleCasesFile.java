package dev.creatorwatch.rules.brandsafety;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinition;
import dev.creatorwatch.rules.RuleFileReader;
import dev.creatorwatch.rules.RuleModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one rule's {@code *.cases.yaml} through its module, so this area's cases are checked here too (the lead's
 * runner covers all rules). Returns one message per failing case.
 */
public final class RuleCasesFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RuleCasesFile() {
    }

    public static List<String> failures(Path ruleFile, RuleModule module) throws IOException {
        RuleDefinition rule = RuleFileReader.read(ruleFile.getFileName().toString(), Files.readString(ruleFile));
        module.validate(rule.parameters());
        Path casesFile = ruleFile.resolveSibling(rule.id() + ".cases.yaml");
        Map<String, Object> cases = YAML.readValue(casesFile.toFile(), new TypeReference<>() { });
        List<String> failures = new ArrayList<>();
        for (Object o : (List<?>) cases.get("cases")) {
            Map<?, ?> c = (Map<?, ?>) o;
            String name = String.valueOf(c.get("name"));
            List<Finding> findings = module.evaluate(context(c), rule.parameters());
            boolean wantAlert = "alert".equals(c.get("expect"));
            if (wantAlert == findings.isEmpty()) {
                failures.add(name + ": expected " + c.get("expect") + ", got " + findings);
                continue;
            }
            Object contains = c.get("reasonContains");
            if (contains != null && findings.stream().noneMatch(f -> f.reason().contains(contains.toString()))) {
                failures.add(name + ": no reason contains '" + contains + "': " + findings.stream()
                        .map(Finding::reason).toList());
            }
        }
        return failures;
    }

    private static RuleContext context(Map<?, ?> c) {
        Map<?, ?> a = (Map<?, ?>) c.get("account");
        AccountFacts account = new AccountFacts(1L, 1L, String.valueOf(a.get("creatorName")),
                Boolean.TRUE.equals(a.get("creatorProtected")), Platform.fromName(String.valueOf(a.get("platform")))
                .orElseThrow(), String.valueOf(a.get("handle")), null, Tier.valueOf(String.valueOf(a.get("tier"))));
        List<Observation> history = new ArrayList<>();
        Object h = c.get("history");
        if (h instanceof List<?> list) {
            for (Object snap : list) {
                history.add(0, observation((Map<?, ?>) snap)); // file: oldest first; context: newest first
            }
        }
        return new RuleContext(account, observation((Map<?, ?>) c.get("snapshot")), history, List.of(), List.of());
    }

    private static Observation observation(Map<?, ?> snap) {
        Profile profile = Json.MAPPER.convertValue(snap.get("profile"), Profile.class);
        return new Observation(null, Instant.parse(String.valueOf(snap.get("at"))), profile);
    }
}
