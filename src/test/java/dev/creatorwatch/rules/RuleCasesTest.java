package dev.creatorwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Inject
    RuleCatalog catalog;

    @TestFactory
    Stream<DynamicTest> everyRuleCase() throws IOException {
        assertThat(catalog.lastErrors()).as("rule files refused at load").isEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cases.yaml")).sorted().toList()) {
                RuleCaseFiles.CasesFile file = RuleCaseFiles.read(f);
                RuleDefinition rule = catalog.find(file.rule())
                        .orElseThrow(() -> new AssertionError(f + " names unknown rule " + file.rule()));
                for (RuleCase c : file.cases()) {
                    tests.add(DynamicTest.dynamicTest(rule.id() + ": " + c.name(),
                            () -> RuleCaseFiles.check(rule, catalog.module(rule), c)));
                }
            }
        }
        return tests.stream();
    }
}
