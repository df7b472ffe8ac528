package dev.creatorwatch.scan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scan benchmark's own PostgreSQL database: created empty before the app starts (the app's Flyway builds the
 * schema), seeded with the site's accounts, and queried for what a round did. Never the shared {@code test} database.
 */
final class ScanBenchDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String name;
    private Connection connection;

    ScanBenchDatabase(String name) {
        if (!name.matches("bench_[a-z0-9_]+")) {
            throw new IllegalArgumentException("benchmark databases are named bench_*: " + name);
        }
        this.name = name;
    }

    String jdbcUrl() {
        return SERVER + name;
    }

    /** Drops and creates the database, so every run starts from an empty schema. */
    void recreate() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }

    void open() throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    boolean migrated() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select count(*) from information_schema.tables "
                        + "where table_name = 'flyway_schema_history'")) {
            r.next();
            return r.getInt(1) == 1;
        }
    }

    /** Inserts the creators and accounts, not yet due; ids come from the app's own sequences. */
    void seed(Iterable<ScanBenchSite.Account> accounts, Function<ScanBenchSite.Account, String> urls)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp later = Timestamp.from(Instant.now().plusSeconds(86_400));
        Map<Integer, Long> creatorIds = new HashMap<>();
        connection.setAutoCommit(false);
        try (PreparedStatement creator = connection.prepareStatement("insert into creator (id, name, notes, "
                + "protected_identity, tier, created_at, updated_at, version) values (?, ?, null, ?, 'UNKNOWN', ?, ?, 0)");
                PreparedStatement account = connection.prepareStatement("insert into account (id, creator_id, "
                        + "platform, handle, normalized_handle, profile_url, tier, next_scan_at, created_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, 'UNKNOWN', ?, ?, 0)")) {
            for (ScanBenchSite.Account a : accounts) {
                Long creatorId = creatorIds.get(a.creatorIndex());
                if (creatorId == null) {
                    creatorId = nextval("creator_seq");
                    creatorIds.put(a.creatorIndex(), creatorId);
                    creator.setLong(1, creatorId);
                    creator.setString(2, a.creatorName());
                    creator.setBoolean(3, a.protectedIdentity());
                    creator.setTimestamp(4, now);
                    creator.setTimestamp(5, now);
                    creator.addBatch();
                }
                account.setLong(1, nextval("account_seq"));
                account.setLong(2, creatorId);
                account.setString(3, a.platform().name());
                account.setString(4, a.handle());
                account.setString(5, a.handle().toLowerCase(Locale.ROOT));
                account.setString(6, urls.apply(a));
                account.setTimestamp(7, later);
                account.setTimestamp(8, now);
                account.addBatch();
            }
            creator.executeBatch();
            account.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Makes every account due now, as if they all came up at once. */
    void markAllDue(Instant at) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("update account set next_scan_at = ?")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    int scannedSince(Instant since) throws SQLException {
        return count("select count(*) from account where last_scan_at >= ?", since);
    }

    /** New alerts opened since, and alerts that saw a (new or repeated) finding since. */
    int alertsOpenedSince(Instant since) throws SQLException {
        return count("select count(*) from alert where created_at >= ?", since);
    }

    int alertsSeenSince(Instant since) throws SQLException {
        return count("select count(*) from alert where last_seen >= ?", since);
    }

    Map<String, Integer> outcomesSince(Instant since) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select outcome, count(*) from profile_snapshot where captured_at >= ? group by outcome")) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return out;
    }

    private int count(String sql, Instant since) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private long nextval(String sequence) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select nextval('" + sequence + "')")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
