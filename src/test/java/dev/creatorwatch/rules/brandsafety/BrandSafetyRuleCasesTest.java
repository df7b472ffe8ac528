package dev.creatorwatch.rules.brandsafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrandSafetyRuleCasesTest {

    @Test
    void everyCaseOfTheRuleHolds() throws Exception {
        assertThat(RuleCasesFile.failures(Path.of("rules/brandsafety/brand-safety-content.yaml"),
                new BrandSafetyModule())).isEmpty();
    }
}
