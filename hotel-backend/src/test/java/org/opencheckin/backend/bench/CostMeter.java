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
import java.util.TreeMap;
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
    private Map<String, Long> threadTicks;

    CostMeter(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start() throws Exception {
        status = status();
        jvmCpuNanos = jvmCpuNanos();
        dbCpuTicks = dbCpuTicks();
        threadTicks = threadTicks();
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
        Map<String, Long> threads = threadTicks();
        out.append("jvm cpu per flow by thread group (threads alive at both ends):");
        for (Map.Entry<String, Long> e : threads.entrySet()) {
            long d = e.getValue() - threadTicks.getOrDefault(e.getKey(), 0L);
            out.append(String.format(Locale.ROOT, " %s=%.2fms", e.getKey(), d * 1000.0 / CLOCK_TICKS_PER_SECOND / flows));
        }
        out.append(System.lineSeparator());
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

    /**
     * utime + stime of this JVM's threads from /proc/self/task, summed by what the thread does
     * (its name, as the kernel keeps it: 15 characters): JIT compilers, GC, the server's event
     * loop, the blocking executor, the benchmark's clients, the rest.
     */
    private static Map<String, Long> threadTicks() {
        Map<String, Long> m = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    m.merge(threadGroup(name), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // thread ended: not counted
                }
            }
        } catch (IOException e) {
            return m;
        }
        return m;
    }

    static String threadGroup(String name) {
        if (name.contains("CompilerThre")) {
            return "jit";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread") || name.equals("Sweeper thread")) {
            return "gc+vm";
        }
        if (name.startsWith("default-eventLo") || name.startsWith("default-nioEve")) {
            return "event-loop";
        }
        if (name.startsWith("io-executor")) {
            return "blocking-executor";
        }
        if (name.startsWith("pool-") || name.startsWith("HttpClient")) {
            return "bench-clients";
        }
        return "other";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
