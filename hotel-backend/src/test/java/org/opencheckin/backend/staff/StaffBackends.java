package org.opencheckin.backend.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.TestBackends;

/**
 * The backends of the staff, integration and webhook tests: the core's test configuration
 * ({@link TestBackends#baseProperties()}) with a fast webhook outbox, on H2 and on a real
 * MariaDB database of their own ({@code opencheckin_staff_test}, created when missing and
 * recreated at first use), so these tests never race the core tests' database. Started once per
 * test JVM. Without a database server the MariaDB cases are skipped locally and fail when
 * {@code CI=true}.
 */
public final class StaffBackends {
    static final String SERVER_URL = System.getProperty("opencheckin.staff-test.db.server",
            "jdbc:mysql://127.0.0.1:3306/");
    static final String DATABASE = System.getProperty("opencheckin.staff-test.db.name", "opencheckin_staff_test");

    private static Backend h2;
    private static Backend mariadb;
    private static String mariadbProblem;

    private StaffBackends() {
    }

    public static List<String> names() {
        return List.of("H2", "MariaDB");
    }

    public static Backend byName(String name) {
        return name.equals("H2") ? h2() : mariadb();
    }

    static Map<String, Object> properties() {
        Map<String, Object> p = TestBackends.baseProperties();
        p.put("opencheckin.webhooks.poll-interval", "100ms");
        p.put("opencheckin.webhooks.initial-backoff", "300ms");
        p.put("opencheckin.webhooks.max-backoff", "1s");
        p.put("opencheckin.webhooks.max-attempts", "4");
        p.put("opencheckin.webhooks.request-timeout", "2s");
        p.put("opencheckin.auth.staff-check-cache", "0s");
        return p;
    }

    public static synchronized Backend h2() {
        if (h2 == null) {
            Map<String, Object> p = properties();
            p.put("datasources.default.url", "jdbc:h2:mem:" + DATABASE + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            p.put("datasources.default.driver-class-name", "org.h2.Driver");
            p.put("datasources.default.username", "sa");
            p.put("datasources.default.password", "");
            h2 = start("H2", p);
        }
        return h2;
    }

    public static synchronized Backend mariadb() {
        requireMariadb();
        if (mariadb == null) {
            recreateDatabase();
            Map<String, Object> p = properties();
            p.put("datasources.default.url", SERVER_URL + DATABASE + "?useUnicode=true&characterEncoding=UTF-8");
            p.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
            p.put("datasources.default.username", TestBackends.DB_USER);
            p.put("datasources.default.password", TestBackends.DB_PASSWORD);
            mariadb = start("MariaDB", p);
        }
        return mariadb;
    }

    private static Backend start(String name, Map<String, Object> properties) {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return new Backend(name, server, http);
    }

    private static void requireMariadb() {
        if (mariadbProblem == null) {
            try (Connection c = DriverManager.getConnection(SERVER_URL, TestBackends.DB_USER, TestBackends.DB_PASSWORD)) {
                mariadbProblem = "";
            } catch (SQLException e) {
                mariadbProblem = "no MariaDB/MySQL at " + SERVER_URL + " for user " + TestBackends.DB_USER + ": "
                        + e.getMessage();
            }
        }
        if (!mariadbProblem.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(mariadbProblem + " (CI=true: scripts/ci-prepare.sh should have started it)");
            }
            Assumptions.abort(mariadbProblem);
        }
    }

    private static void recreateDatabase() {
        try (Connection c = DriverManager.getConnection(SERVER_URL, TestBackends.DB_USER, TestBackends.DB_PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
            st.execute("CREATE DATABASE `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + DATABASE, e);
        }
    }
}
