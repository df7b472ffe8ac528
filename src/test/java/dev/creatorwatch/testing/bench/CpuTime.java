package dev.creatorwatch.testing.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * CPU time spent by this JVM and by the PostgreSQL backends serving the benchmark database. On a shared, busy machine
 * wall-clock figures mostly measure the wait for a core; the CPU both sides used is what an idle machine would need,
 * so the benchmarks report it beside the wall-clock figures. PostgreSQL's share is read from /proc (the server runs
 * on this machine); elsewhere it is unknown and reported as such.
 */
public final class CpuTime {

    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final DataSource dataSource;

    public CpuTime(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A reading of both clocks; subtract two readings to get the CPU used in between. */
    public record Reading(long jvmNanos, long postgresNanos) {

        /** PostgreSQL's share is unknown (-1) if it could not be read or a backend went away in between. */
        public Reading minus(Reading earlier) {
            long postgres = postgresNanos - earlier.postgresNanos;
            return new Reading(jvmNanos - earlier.jvmNanos,
                    postgresNanos < 0 || earlier.postgresNanos < 0 || postgres < 0 ? -1 : postgres);
        }

        /** Both sides together, or the JVM's alone when PostgreSQL's is unknown. */
        public long totalNanos() {
            return jvmNanos + Math.max(0, postgresNanos);
        }
    }

    public Reading read() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Reading(jvm, postgres());
    }

    private long postgres() {
        // Every backend of the database, this one included: the pool may hand the reading the very connection the
        // measured work ran on, and leaving it out then drops all of PostgreSQL's share (the query itself costs
        // next to nothing).
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pid from pg_stat_activity where datname = current_database()")) {
            long ticks = 0;
            while (rs.next()) {
                Path stat = Path.of("/proc", Integer.toString(rs.getInt(1)), "stat");
                if (!Files.isReadable(stat)) {
                    return -1;
                }
                String text = Files.readString(stat);
                // Fields after the ")" that closes the command name: state is field 3; utime 14, stime 15.
                String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
            return ticks * NANOS_PER_TICK;
        } catch (SQLException | IOException | RuntimeException e) {
            return -1;
        }
    }
}
