package dev.creatorwatch.testing.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The app on PostgreSQL ({@link BenchDatabase}), as production runs it: the datasource kind is set at build time. */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql",
                // A long bulk load and long exports: no transaction reaper in the way of the loader.
                "quarkus.transaction-manager.default-transaction-timeout", "PT1H",
                // Nor a pool reaper: an idle connection closed mid-run takes its backend's CPU ticks with it, and
                // CpuTime then has to report PostgreSQL's share as unknown.
                "quarkus.datasource.jdbc.idle-removal-interval", "PT2H");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BenchDatabase.class));
    }
}
