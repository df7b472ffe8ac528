package dev.creatorwatch.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives PostgreSQL runs of the test suite a real, empty database: a fresh database on the server at 127.0.0.1:5432
 * when one answers (CI and developer machines here have it), otherwise an embedded PostgreSQL, so the README's test
 * command needs no server on a fresh machine. H2 runs get nothing from here.
 */
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/";

    private EmbeddedPostgres embedded;
    private String createdDatabase;

    @Override
    public Map<String, String> start() {
        if (!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            return Map.of();
        }
        String name = "monitor_it_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(LOCAL + "test?connectTimeout=2", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
            createdDatabase = name;
            return Map.of("quarkus.datasource.jdbc.url", LOCAL + name, "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "");
        } catch (SQLException noLocalServer) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("No PostgreSQL at 127.0.0.1:5432 and the embedded one did not start", e);
            }
            return Map.of("quarkus.datasource.jdbc.url", embedded.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
        }
    }

    @Override
    public void stop() {
        if (createdDatabase != null) {
            try (Connection c = DriverManager.getConnection(LOCAL + "test", "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + createdDatabase + " with (force)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + createdDatabase + ": " + e.getMessage());
            }
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
            }
        }
    }
}
