package dev.creatorwatch.rules;

/** A finding together with the rule that produced it. */
public record RuleHit(RuleDefinition rule, Finding finding) {

    public int riskScore() {
        return RiskScore.ofAlert(rule.level(), finding.confidence());
    }
}
