package org.opencheckin.backend.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The backends the tests run against, started once per test JVM and shared by every test class:
 * H2 in MySQL mode (in memory) and a real MariaDB/MySQL through Connector/J (database
 * {@code opencheckin_test}, dropped and recreated at first use). Tests isolate themselves by
 * creating their own hotel. Without a database server the MariaDB cases are skipped locally
 * and fail when {@code CI=true}.
 */
public final class TestBackends {
    public static final String MARIADB_URL = System.getProperty("opencheckin.test.db.url",
            "jdbc:mysql://127.0.0.1:3306/opencheckin_test?useUnicode=true&characterEncoding=UTF-8");
    public static final String DB_USER = System.getProperty("opencheckin.test.db.user", "opencheckin");
    public static final String DB_PASSWORD = System.getProperty("opencheckin.test.db.password", "opencheckin");

    public static final int LOGIN_FREE_ATTEMPTS = 10;

    private static Backend h2;
    private static Backend mariadb;
    private static Backend mariadbSecond;
    private static String mariadbProblem;

    private TestBackends() {
    }

    /** Non-default secrets: the test environment is not "demo", so the guard must let these pass. */
    public static Map<String, Object> baseProperties() {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("opencheckin.crypto.document-key", "dGVzdC1kb2N1bWVudC1lbmNyeXB0aW9uLWtleS0wMDE=");
        p.put("opencheckin.crypto.lookup-key", "dGVzdC1kb2N1bWVudC1sb29rdXAtaG1hYy1rZXktMDE=");
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "test-jwt-signing-secret-at-least-32-characters");
        p.put("opencheckin.session.expiry-check-interval", "1h");
        p.put("opencheckin.retention.check-interval", "24h");
        // The authorisation matrix signs in wrongly as one user 8 times per server (once per kind of
        // caller); LoginThrottleTest proves the lock-out at this number.
        p.put("opencheckin.login-throttle.free-attempts", LOGIN_FREE_ATTEMPTS);
        // Up to 30 for the 20-way races, opened on demand: the suite runs three MariaDB backends, and
        // Hikari's default (as many idle connections as the maximum) would hold 90 of the server's 151.
        p.put("datasources.default.maximum-pool-size", 30);
        p.put("datasources.default.minimum-idle", 2);
        return p;
    }

    public static synchronized Backend h2() {
        if (h2 == null) {
            Map<String, Object> p = baseProperties();
            p.put("datasources.default.url", "jdbc:h2:mem:opencheckin_test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            p.put("datasources.default.driver-class-name", "org.h2.Driver");
            p.put("datasources.default.username", "sa");
            p.put("datasources.default.password", "");
            h2 = start("H2", p, "test");
        }
        return h2;
    }

    public static synchronized Backend mariadb() {
        requireMariadb();
        if (mariadb == null) {
            recreateDatabase();
            mariadb = start("MariaDB", mariadbProperties(), "test", "mysql");
        }
        return mariadb;
    }

    /** A second backend instance (own context, own port, own pool) on the same MariaDB database. */
    public static synchronized Backend mariadbSecondInstance() {
        Backend first = mariadb();
        if (mariadbSecond == null) {
            mariadbSecond = start("MariaDB#2", mariadbProperties(), "test", "mysql");
        }
        Assertions.assertNotEquals(first.server().getPort(), mariadbSecond.server().getPort());
        return mariadbSecond;
    }

    /** The names of both databases, for {@code @MethodSource}; see {@link #byName}. */
    public static List<String> names() {
        return List.of("H2", "MariaDB");
    }

    public static Backend byName(String name) {
        return name.equals("H2") ? h2() : mariadb();
    }

    private static Map<String, Object> mariadbProperties() {
        Map<String, Object> p = baseProperties();
        p.put("datasources.default.url", MARIADB_URL);
        p.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        p.put("datasources.default.username", DB_USER);
        p.put("datasources.default.password", DB_PASSWORD);
        return p;
    }

    /** MariaDB backends also run the {@code mysql} environment: its Connector/J settings are tested too. */
    private static Backend start(String name, Map<String, Object> properties, String... environments) {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, environments);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        Backend b = new Backend(name, server, http);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return b;
    }

    /** Skips (locally) or fails (CI=true) when no MariaDB/MySQL answers. */
    public static void requireMariadb() {
        if (mariadbProblem == null) {
            try (Connection c = DriverManager.getConnection(MARIADB_URL, DB_USER, DB_PASSWORD)) {
                mariadbProblem = "";
            } catch (SQLException e) {
                mariadbProblem = "no MariaDB/MySQL at " + MARIADB_URL + " for user " + DB_USER + ": " + e.getMessage();
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
        String db = MARIADB_URL.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection c = DriverManager.getConnection(MARIADB_URL, DB_USER, DB_PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + db + "`");
            st.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate test database " + db, e);
        }
    }
}
