package dev.creatorwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sigma-style checks on the rules folder: names, required fields, unique ids, a cases file beside every rule. */
class RuleFilesConventionTest {

    static List<Path> ruleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            return files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".cases.yaml"))
                    .sorted().toList();
        }
    }

    @Test
    void everyRuleFileIsValidNamedByItsIdAndHasCases() throws IOException {
        List<Path> files = ruleFiles();
        assertThat(files).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            String name = Path.of("rules").relativize(f).toString().replace('\\', '/');
            RuleDefinition def = RuleFileReader.read(name, Files.readString(f, StandardCharsets.UTF_8));
            assertThat(ids.add(def.id())).as("id %s used once", def.id()).isTrue();
            assertThat(def.falsePositives()).as(name + " lists false positives").isNotEmpty();
            assertThat(def.description()).hasSizeGreaterThan(40);
            assertThat(name.startsWith("deprecated/")).as(name + " status vs folder")
                    .isEqualTo(def.status() == RuleStatus.DEPRECATED);
            if (def.status() != RuleStatus.DEPRECATED) {
                Path cases = f.resolveSibling(def.id() + ".cases.yaml");
                assertThat(cases).as("cases beside " + name).exists();
            }
        }
    }
}
