package dev.creatorwatch.rules;

import java.util.List;

/**
 * The Java half of a rule: detection logic with no thresholds of its own. Thresholds, wording and severity live in the
 * rule's YAML file under {@code rules/}, which names the module by {@link #name()}. One module may serve several rule
 * files (say, a strict and a lenient variant). Implementations are CDI beans and must be stateless.
 */
public interface RuleModule {

    /** The value rule files give in {@code module:}. */
    String name();

    /** Checks the parameters once when the rule file is loaded; throws {@link RuleDefinitionException}. */
    default void validate(RuleParameters parameters) {
    }

    List<Finding> evaluate(RuleContext context, RuleParameters parameters);

    /**
     * Whether this module also runs when the account could not be read because it is gone (not found, suspended).
     * Such contexts carry no current profile; modules that say yes must read {@link RuleContext#availability()} and
     * the history only.
     */
    default boolean watchesAvailability() {
        return false;
    }
}
