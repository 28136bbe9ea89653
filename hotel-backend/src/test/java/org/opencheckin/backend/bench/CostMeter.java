package org.opencheckin.backend.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one measured phase of the benchmark cost: MariaDB's global status counters (statements,
 * commits, fsyncs, index reads), the CPU time of this JVM (server and clients) and of the
 * database server process. The status counters are server-wide: other clients of the same
 * MariaDB during the run are counted too, so run it on a quiet database.
 */
final class CostMeter {
    static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Com_delete", "Com_commit", "Com_rollback", "Com_set_option", "Innodb_data_fsyncs",
            "Handler_read_key", "Handler_read_next", "Handler_read_rnd_next");
    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final String url;
    private final String user;
    private final String password;
    private Map<String, Long> status;
    private long jvmCpuNanos;
    private long dbCpuTicks;

    CostMeter(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start() throws Exception {
        status = status();
        jvmCpuNanos = jvmCpuNanos();
        dbCpuTicks = dbCpuTicks();
    }

    /** Per-flow costs since {@link #start()}, as report lines. */
    String report(int flows) throws Exception {
        Map<String, Long> after = status();
        long jvm = jvmCpuNanos() - jvmCpuNanos;
        long db = dbCpuTicks() - dbCpuTicks;
        StringBuilder out = new StringBuilder("per flow:");
        for (String k : COUNTERS) {
            out.append(String.format(Locale.ROOT, " %s=%.1f", k, (after.getOrDefault(k, 0L) - status.getOrDefault(k, 0L)) / (double) flows));
        }
        out.append(String.format(Locale.ROOT, "%ncpu per flow: jvm(server+clients)=%.2fms mariadb=%s load=%s%n",
                jvm / 1e6 / flows,
                dbCpuTicks < 0 || db < 0 ? "n/a" : String.format(Locale.ROOT, "%.2fms", db * 1000.0 / CLOCK_TICKS_PER_SECOND / flows),
                loadAverage()));
        return out.toString();
    }

    private Map<String, Long> status() throws Exception {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                if (COUNTERS.contains(rs.getString(1))) {
                    m.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                }
            }
        }
        return m;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime of the mariadbd/mysqld process from /proc, or -1 when it cannot be read. */
    private static long dbCpuTicks() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try {
                    String comm = Files.readString(p.resolve("comm")).trim();
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // process ended or not readable: look at the next one
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
