package dev.creatorwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule's cases file through the real module with the rule's real parameters, as the app loads them. */
@QuarkusTest
class RuleCasesTest {

    static final ObjectMapper YAML = com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** A cases file. */
    record CasesFile(String rule, List<RuleCase> cases) {
    }

    @Inject
    RuleCatalog catalog;

    @TestFactory
    Stream<DynamicTest> everyRuleCase() throws IOException {
        assertThat(catalog.lastErrors()).as("rule files refused at load").isEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cases.yaml")).sorted().toList()) {
                CasesFile file = YAML.readValue(f.toFile(), CasesFile.class);
                RuleDefinition rule = catalog.find(file.rule())
                        .orElseThrow(() -> new AssertionError(f + " names unknown rule " + file.rule()));
                assertThat(file.cases()).as(f + " has cases").isNotEmpty();
                for (RuleCase c : file.cases()) {
                    tests.add(DynamicTest.dynamicTest(rule.id() + ": " + c.name(), () -> check(rule, c)));
                }
            }
        }
        return tests.stream();
    }

    private void check(RuleDefinition rule, RuleCase c) {
        List<Finding> findings = catalog.module(rule).evaluate(c.toContext(), rule.parameters());
        assertThat(c.expect()).isIn("alert", "none");
        if (c.expect().equals("none")) {
            assertThat(findings).as("no alert expected for case '%s'", c.name()).isEmpty();
            return;
        }
        assertThat(findings).as("an alert expected for case '%s'", c.name()).isNotEmpty();
        for (Finding f : findings) {
            assertThat(f.reason()).isNotBlank();
            assertThat(f.evidence()).isNotEmpty();
            assertThat(f.confidence()).isBetween(0.0, 1.0);
        }
        if (c.reasonContains() != null) {
            assertThat(findings).anySatisfy(f -> assertThat(f.reason()).contains(c.reasonContains()));
        }
        if (c.evidenceIncludes() != null) {
            assertThat(findings).anySatisfy(f -> c.evidenceIncludes().forEach((key, expected) ->
                    assertThat(comparable(f.evidence().get(key))).as("evidence '%s'", key)
                            .isEqualTo(comparable(expected))));
        }
    }

    /** YAML reads 0.33 as a Double and 12 as an Integer; the module may store a Long or a Double. */
    private static Object comparable(Object value) {
        return value instanceof Number n ? new java.math.BigDecimal(n.toString()).stripTrailingZeros() : value;
    }
}
