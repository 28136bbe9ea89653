package org.opencheckin.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencheckin.backend.support.Backend;

/**
 * The demo profile's published credentials work end to end on the embedded default (H2):
 * staff {@code admin/admin} signs in as ADMIN, the PMS client {@code demo-pms/demo-secret}
 * gets a token for hotel DEMO and sees today's 30 demo arrivals.
 */
class DemoCredentialsTest {

    @Test
    void adminAndDemoPmsCanUseTheDemoHotel() {
        Map<String, Object> p = Map.of(
                "micronaut.server.port", -1,
                "endpoints.all.port", -1,
                "datasources.default.url", "jdbc:h2:mem:opencheckin_demo_credentials;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "opencheckin.webhooks.enabled", false);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p, "demo")) {
            Backend b = new Backend("demo", server, HttpClient.newHttpClient());
            Backend.Response login = b.post("/api/v1/auth/login", null, "{\"username\":\"admin\",\"password\":\"admin\"}");
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            assertThat((String) login.get("role")).isEqualTo("ADMIN");
            Backend.Response token = b.post("/api/v1/oauth/token", null,
                    "{\"grant_type\":\"client_credentials\",\"client_id\":\"demo-pms\",\"client_secret\":\"demo-secret\"}");
            assertThat(token.status()).as(token.body()).isEqualTo(200);
            String pms = token.get("access_token");

            String today = LocalDate.now(ZoneId.systemDefault()).toString();
            Backend.Response arrivals = b.send("GET", "/api/v1/hotels/DEMO/reservations?arrival=" + today, pms, null);
            assertThat(arrivals.status()).isEqualTo(200);
            assertThat(arrivals.body().split("\"externalId\":\"PMS-").length - 1).isEqualTo(30);
            Backend.Response staffView = b.get("/api/v1/staff/reservations?arrival=" + today + "&limit=500",
                    (String) login.get("accessToken"));
            assertThat(staffView.body()).contains("\"confirmationCode\":\"DM1001\"").contains("\"hotelCode\":\"DEMO\"");
            String rooms = b.get("/api/v1/staff/rooms", (String) login.get("accessToken")).body();
            assertThat(rooms.split("\"roomId\":").length - 1).isEqualTo(40);
        }
    }
}
