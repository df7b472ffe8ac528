package dev.creatorwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleFileReaderTest {

    static final String GOOD = """
            id: sample-rule
            title: Sample
            module: follower-jump
            version: 2
            status: experimental
            level: high
            description: A sample rule used by the reader's tests.
            falsepositives: [none]
            date: 2026-11-25
            platforms: [instagram, tiktok]
            parameters:
              threshold: 0.5
            """;

    @Test
    void readsAGoodFile() {
        RuleDefinition d = RuleFileReader.read("growth/sample-rule.yaml", GOOD);
        assertThat(d.id()).isEqualTo("sample-rule");
        assertThat(d.version()).isEqualTo(2);
        assertThat(d.level()).isEqualTo(Severity.HIGH);
        assertThat(d.status()).isEqualTo(RuleStatus.EXPERIMENTAL);
        assertThat(d.parameters().number("threshold")).isEqualTo(0.5);
        assertThat(d.appliesTo(dev.creatorwatch.creator.Platform.TIKTOK)).isTrue();
        assertThat(d.appliesTo(dev.creatorwatch.creator.Platform.X)).isFalse();
    }

    @Test
    void errorsNameFileLineAndField() {
        assertThatThrownBy(() -> RuleFileReader.read("a/sample-rule.yaml", GOOD.replace("level: high", "level: huge")))
                .isInstanceOf(RuleDefinitionException.class)
                .hasMessage("a/sample-rule.yaml:6: field 'level' must be one of informational, low, medium, high, "
                        + "critical");
        assertThatThrownBy(() -> RuleFileReader.read("sample-rule.yaml", GOOD.replace("title: Sample\n", "")))
                .hasMessageContaining("sample-rule.yaml:1: field 'title' is required");
        assertThatThrownBy(() -> RuleFileReader.read("other-name.yaml", GOOD))
                .hasMessageContaining("field 'id' must match the file name");
        assertThatThrownBy(() -> RuleFileReader.read("sample-rule.yaml", GOOD.replace("version: 2", "version: two")))
                .hasMessageContaining("sample-rule.yaml:4: field 'version' must be a whole number");
        assertThatThrownBy(() -> RuleFileReader.read("sample-rule.yaml", GOOD + "severity: high\n"))
                .hasMessageContaining("field 'severity' is not a rule field");
        assertThatThrownBy(() -> RuleFileReader.read("sample-rule.yaml", GOOD.replace("[instagram, tiktok]",
                "[instagram, myspace]"))).hasMessageContaining("unknown platform 'myspace'");
        assertThatThrownBy(() -> RuleFileReader.read("sample-rule.yaml", "id: [unclosed"))
                .hasMessageContaining("sample-rule.yaml:").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> RuleFileReader.read("sample-rule.yaml", "- a list"))
                .hasMessageContaining("must be a YAML mapping");
    }

    @Test
    void parameterErrorsNameTheParameter() {
        RuleParameters p = RuleFileReader.read("sample-rule.yaml", GOOD).parameters();
        assertThatThrownBy(() -> p.number("missing")).hasMessage("parameters.missing is required");
        assertThatThrownBy(() -> p.text("threshold")).hasMessage("parameters.threshold must be text");
    }
}
