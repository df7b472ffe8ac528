package dev.creatorwatch.rules;

/** Sigma's lifecycle: experimental rules run and alert like stable ones; deprecated rules are kept but never run. */
public enum RuleStatus {
    EXPERIMENTAL,
    STABLE,
    DEPRECATED
}
