package dev.creatorwatch.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long audit rows are kept. */
@ConfigMapping(prefix = "monitor.audit")
public interface AuditConfig {

    /** Rows older than this are purged (the purge is itself audited and anchored). */
    @WithDefault("P7Y")
    Period retention();

    /** Whether the scheduled purge runs. */
    @WithDefault("true")
    boolean purgeEnabled();
}
