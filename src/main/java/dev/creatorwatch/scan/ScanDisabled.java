package dev.creatorwatch.scan;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips the scheduled scan when {@code monitor.scan.enabled=false} (tests drive scans themselves). */
@Singleton
public class ScanDisabled implements Scheduled.SkipPredicate {

    private final ScanConfig config;

    public ScanDisabled(ScanConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.enabled();
    }
}
