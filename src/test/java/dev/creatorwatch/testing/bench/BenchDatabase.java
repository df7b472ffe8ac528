package dev.creatorwatch.testing.bench;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The benchmark database: {@code bench_alerts} on the local PostgreSQL (127.0.0.1:5432, user postgres), created if
 * missing and kept between runs, so the 1,000,000-alert load happens once. Flyway migrates it when the app boots;
 * {@link BenchDataset} fills it. Override with -Dbench.db.url / -Dbench.db.user.
 */
public class BenchDatabase implements QuarkusTestResourceLifecycleManager {

    static final String SERVER = System.getProperty("bench.db.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String NAME = System.getProperty("bench.db.name", "bench_alerts");
    static final String USER = System.getProperty("bench.db.user", "postgres");

    @Override
    public Map<String, String> start() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                s.execute("create database " + NAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database benchmarks need PostgreSQL at " + SERVER + " (user " + USER
                    + ", trust auth)", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", SERVER + NAME, "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // Kept on purpose: loading a million alerts takes minutes; drop bench_alerts by hand to start afresh.
    }
}
