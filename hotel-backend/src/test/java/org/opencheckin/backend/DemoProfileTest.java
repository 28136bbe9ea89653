package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencheckin.backend.demo.DemoSecrets;
import org.opencheckin.backend.security.PasswordHasher;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;

/**
 * Issue 2 section 10: the demo environment loads hotel DEMO, and outside it the server refuses
 * to start with any of the demo's well-known secrets, in configuration or in the database.
 */
class DemoProfileTest {
    static final String URL = "jdbc:h2:mem:opencheckin_demo_test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    static Map<String, Object> demoDatabase(Map<String, Object> p) {
        p.put("datasources.default.url", URL);
        p.put("datasources.default.driver-class-name", "org.h2.Driver");
        p.put("datasources.default.username", "sa");
        p.put("datasources.default.password", "");
        return p;
    }

    @Test
    void demoLoadsTheDemoHotelAndOtherEnvironmentsRefuseItsSecrets() {
        Map<String, Object> demoProps = demoDatabase(new java.util.HashMap<>(Map.of(
                "micronaut.server.port", -1)));
        try (EmbeddedServer demo = ApplicationContext.run(EmbeddedServer.class, demoProps, "demo")) {
            Backend b = new Backend("demo", demo, HttpClient.newHttpClient());
            long hotelId = ((Number) Sql.value(b, "SELECT id FROM hotel WHERE code = 'DEMO'")).longValue();
            assertThat(Sql.count(b, "SELECT COUNT(*) FROM room_type WHERE hotel_id = ?", hotelId)).isEqualTo(4);
            assertThat(Sql.count(b, "SELECT COUNT(*) FROM room WHERE hotel_id = ?", hotelId)).isEqualTo(40);
            assertThat(Sql.count(b, "SELECT COUNT(*) FROM reservation WHERE hotel_id = ? AND arrival = ? AND status = 'BOOKED'",
                    hotelId, LocalDate.now())).isEqualTo(30);
            assertThat(Sql.value(b, "SELECT token_hash FROM kiosk WHERE code = 'KIOSK-1'"))
                    .isEqualTo(PasswordHasher.sha256Hex(DemoSecrets.KIOSK_TOKEN));
            assertThat(PasswordHasher.verify("admin", (String) Sql.value(b,
                    "SELECT password_hash FROM staff_user WHERE username = 'admin'"))).isTrue();
            assertThat(PasswordHasher.verify("demo-secret", (String) Sql.value(b,
                    "SELECT secret_hash FROM integration_client WHERE client_id = 'demo-pms'"))).isTrue();
            assertThat(b.post("/api/v1/checkins", DemoSecrets.KIOSK_TOKEN, null).status()).isEqualTo(201);

            // Outside "demo", the default secrets of application.yml are refused...
            assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class,
                    demoDatabase(new java.util.HashMap<>(Map.of("micronaut.server.port", -1))),
                    "production-like").close())
                    .hasStackTraceContaining("Refusing to start outside the demo environment")
                    .hasStackTraceContaining("opencheckin.crypto.document-key");
            // ...and so are the demo's users, kiosk token and hotel secret in the database.
            Map<String, Object> ownSecrets = demoDatabase(TestBackends.baseProperties());
            ownSecrets.put("opencheckin.crypto.document-key", DemoSecrets.DOCUMENT_KEY);
            ownSecrets.remove("opencheckin.crypto.lookup-key");
            assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, ownSecrets, "production-like").close())
                    .hasStackTraceContaining("staff user admin with password admin")
                    .hasStackTraceContaining("kiosk KIOSK-1 with token demo-kiosk-token-1")
                    .hasStackTraceContaining("integration client demo-pms");
        }
    }
}
