package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.ProtectedIdentity;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinition;
import dev.creatorwatch.rules.RuleFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs this module's rule cases files directly, so a broken case shows up here before the shared runner sees it.
 */
class ImpersonationCasesTest {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @TestFactory
    Stream<DynamicTest> everyCaseBehavesAsDeclared() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules/impersonation"))) {
            for (Path casesFile : files.filter(f -> f.toString().endsWith(".cases.yaml")).sorted().toList()) {
                JsonNode root = YAML.readTree(casesFile.toFile());
                String ruleId = root.get("rule").asText();
                Path ruleFile = casesFile.resolveSibling(ruleId + ".yaml");
                RuleDefinition rule = RuleFileReader.read("impersonation/" + ruleFile.getFileName(),
                        Files.readString(ruleFile));
                for (JsonNode c : root.get("cases")) {
                    tests.add(DynamicTest.dynamicTest(ruleId + ": " + c.get("name").asText(), () -> run(rule, c)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    private static void run(RuleDefinition rule, JsonNode c) throws Exception {
        AccountFacts account = YAML.treeToValue(c.get("account"), AccountFacts.class);
        List<Observation> history = new ArrayList<>();
        for (JsonNode h : c.path("history")) {
            history.add(0, observation(h));
        }
        List<ProtectedIdentity> identities = new ArrayList<>();
        for (JsonNode p : c.path("protectedIdentities")) {
            identities.add(YAML.treeToValue(p, ProtectedIdentity.class));
        }
        RuleContext context = new RuleContext(account, observation(c.get("snapshot")), history, List.of(), identities);
        List<Finding> findings = new ImpersonationModule().evaluate(context, rule.parameters());
        if (c.get("expect").asText().equals("alert")) {
            assertThat(findings).isNotEmpty();
            if (c.has("reasonContains")) {
                assertThat(findings).anySatisfy(f -> assertThat(f.reason()).contains(c.get("reasonContains").asText()));
            }
        } else {
            assertThat(findings).isEmpty();
        }
    }

    private static Observation observation(JsonNode n) throws Exception {
        return new Observation(null, Instant.parse(n.get("at").asText()), YAML.treeToValue(n.get("profile"), Profile.class));
    }
}
