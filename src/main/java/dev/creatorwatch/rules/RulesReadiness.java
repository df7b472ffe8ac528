package dev.creatorwatch.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says DOWN while no rule would run: a monitor started from the wrong working directory, or pointed at an
 * empty rules folder, still fetches and stores snapshots but raises no alert, and an operator should see that on the
 * health endpoint rather than only in a log line at start. Files refused at the last load leave it UP (their last
 * good versions stay in force) but are listed, so a deployment can tell a typo from a healthy catalog.
 */
@Readiness
@ApplicationScoped
public class RulesReadiness implements HealthCheck {

    static final String NAME = "rules";
    private static final int ERRORS_SHOWN = 5;

    private final RuleCatalog catalog;

    public RulesReadiness(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        long running = catalog.all().stream().filter(RuleDefinition::runs).count();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(running > 0)
                .withData("folder", catalog.folder().toAbsolutePath().toString())
                .withData("rulesRunning", running)
                .withData("filesRefused", catalog.lastErrors().size());
        if (running == 0) {
            response.withData("reason", "no rule is in force: check that monitor.rules.dir names the rules folder");
        }
        for (int i = 0; i < Math.min(ERRORS_SHOWN, catalog.lastErrors().size()); i++) {
            response.withData("refused" + (i + 1), catalog.lastErrors().get(i));
        }
        return response.build();
    }
}
