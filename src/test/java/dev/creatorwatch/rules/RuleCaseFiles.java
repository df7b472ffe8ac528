package dev.creatorwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code <rule>.cases.yaml} files and checks a case against a module: the one way rule cases are read and
 * judged, whether every rule runs in the app ({@link RuleCasesTest}) or one module runs on its own in its unit test.
 */
public final class RuleCaseFiles {

    static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** A cases file. */
    public record CasesFile(String rule, List<RuleCase> cases) {
    }

    private RuleCaseFiles() {
    }

    public static CasesFile read(Path file) throws IOException {
        CasesFile f = YAML.readValue(file.toFile(), CasesFile.class);
        assertThat(f.cases()).as(file + " has cases").isNotEmpty();
        return f;
    }

    /**
     * Checks every case of {@code rules/<folder>/<id>.cases.yaml} against {@code module}, with the parameters of
     * {@code rules/<folder>/<id>.yaml}; returns how many ran.
     */
    public static int checkAll(String folder, String id, RuleModule module) throws IOException {
        Path dir = Path.of("rules", folder);
        RuleDefinition rule = RuleFileReader.read(id + ".yaml", Files.readString(dir.resolve(id + ".yaml")));
        assertThat(rule.module()).isEqualTo(module.name());
        module.validate(rule.parameters());
        CasesFile file = read(dir.resolve(id + ".cases.yaml"));
        assertThat(file.rule()).isEqualTo(id);
        file.cases().forEach(c -> check(rule, module, c));
        return file.cases().size();
    }

    /** The module's findings on the case match what the case expects: an alert (with its reason and evidence) or none. */
    public static void check(RuleDefinition rule, RuleModule module, RuleCase c) {
        List<Finding> findings = module.evaluate(c.toContext(), rule.parameters());
        String name = rule.id() + " / " + c.name();
        assertThat(c.expect()).as(name).isIn("alert", "none");
        if (c.expect().equals("none")) {
            assertThat(findings).as("no alert expected for case '%s'", name).isEmpty();
            return;
        }
        assertThat(findings).as("an alert expected for case '%s'", name).isNotEmpty();
        for (Finding f : findings) {
            assertThat(f.reason()).as(name).isNotBlank();
            assertThat(f.evidence()).as(name).isNotEmpty();
            assertThat(f.confidence()).as(name).isBetween(0.0, 1.0);
        }
        if (c.reasonContains() != null) {
            assertThat(findings).as(name).anySatisfy(f -> assertThat(f.reason()).contains(c.reasonContains()));
        }
        if (c.evidenceIncludes() != null) {
            assertThat(findings).as(name).anySatisfy(f -> c.evidenceIncludes().forEach((key, expected) ->
                    assertThat(comparable(f.evidence().get(key))).as("evidence '%s'", key)
                            .isEqualTo(comparable(expected))));
        }
    }

    /** YAML reads 0.33 as a Double and 12 as an Integer; the module may store a Long or a Double. */
    private static Object comparable(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros() : value;
    }
}
