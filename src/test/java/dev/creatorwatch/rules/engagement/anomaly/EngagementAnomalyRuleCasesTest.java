package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngagementAnomalyRuleCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"anomaly-follower-jump", "anomaly-follower-drop", "anomaly-engagement-spike",
        "anomaly-posting-burst"})
    void ruleCasesPass(String id) throws Exception {
        assertThat(RuleCases.check("engagement", id, new EngagementAnomalyModule())).isGreaterThanOrEqualTo(2);
    }
}
