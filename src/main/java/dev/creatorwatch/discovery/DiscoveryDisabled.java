package dev.creatorwatch.discovery;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips scheduled discovery when {@code monitor.discovery.enabled=false} (tests run it themselves). */
@Singleton
public class DiscoveryDisabled implements Scheduled.SkipPredicate {

    private final DiscoveryConfig config;

    public DiscoveryDisabled(DiscoveryConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.enabled();
    }
}
