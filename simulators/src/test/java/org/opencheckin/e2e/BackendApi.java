package org.opencheckin.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The hotel backend as the test sees it, over its public HTTP APIs only: the kiosk API (to read a check-in
 * session's state and keys, with the demo kiosk's token) and the staff API (a front-desk member approving an
 * escalated session, as the admin web does).
 */
final class BackendApi {

    static final String KIOSK_TOKEN = "demo-kiosk-token-1";
    static final String STAFF_USER = "admin";
    static final String STAFF_PASSWORD = "admin";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();

    BackendApi(String base) {
        this.base = base;
    }

    /** {@code GET /api/v1/checkins/{id}}: state, room, keys with their status. */
    JsonNode checkin(String checkinId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/checkins/" + checkinId))
                .header("Authorization", "Bearer " + KIOSK_TOKEN).GET(), 200);
    }

    /** Whether the staff API is there: the demo admin can log in. */
    boolean staffApiAvailable() throws IOException, InterruptedException {
        try {
            login();
            return true;
        } catch (IllegalStateException notThere) {
            return false;
        }
    }

    private String login() throws IOException, InterruptedException {
        JsonNode login = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.createObjectNode()
                        .put("username", STAFF_USER).put("password", STAFF_PASSWORD).toString())), 200);
        return login.path("accessToken").asText();
    }

    /** Logs in as the demo admin and approves the escalated session (staff checked the guest's identity). */
    JsonNode approveEscalation(String checkinId) throws IOException, InterruptedException {
        String token = login();
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/escalations/" + checkinId + "/approve"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.createObjectNode()
                        .put("note", "passport checked at the kiosk by the e2e test").toString())), 200);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
