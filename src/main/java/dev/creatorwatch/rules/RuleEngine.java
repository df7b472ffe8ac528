package dev.creatorwatch.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Runs every rule in force on one new good snapshot, or, when the account turned out to be gone, the rules whose
 * module watches availability. A module that throws is logged and skipped: one broken rule
 * must not hide the findings of the others.
 */
@ApplicationScoped
public class RuleEngine {

    private static final Logger LOG = Logger.getLogger(RuleEngine.class);

    private final RuleCatalog catalog;

    public RuleEngine(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public List<RuleHit> evaluate(RuleContext context) {
        return evaluate(context, rule -> true);
    }

    /** Runs the rules in force that {@code which} accepts (discovery runs only the impersonation rules, say). */
    public List<RuleHit> evaluate(RuleContext context, Predicate<RuleDefinition> which) {
        List<RuleHit> hits = new ArrayList<>();
        for (RuleDefinition rule : catalog.all()) {
            if (!rule.runs() || !rule.appliesTo(context.account().platform()) || !which.test(rule)) {
                continue;
            }
            RuleModule module = catalog.module(rule);
            if (!context.availability().isGood() && !module.watchesAvailability()) {
                continue;
            }
            try {
                for (Finding f : module.evaluate(context, rule.parameters())) {
                    hits.add(new RuleHit(rule, f));
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Rule %s failed on account %s", rule.id(), context.account().accountId());
            }
        }
        return hits;
    }
}
