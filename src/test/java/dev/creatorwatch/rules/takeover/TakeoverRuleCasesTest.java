package dev.creatorwatch.rules.takeover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.rules.brandsafety.RuleCasesFile;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TakeoverRuleCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"account-takeover-suspected", "account-identity-change"})
    void everyCaseOfTheRuleHolds(String id) throws Exception {
        assertThat(RuleCasesFile.failures(Path.of("rules/takeover/" + id + ".yaml"), new TakeoverModule())).isEmpty();
    }
}
