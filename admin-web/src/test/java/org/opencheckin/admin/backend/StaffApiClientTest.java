package org.opencheckin.admin.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.admin.ScriptedBackend;
import org.opencheckin.admin.backend.StaffApi.Escalation;

/** The typed client against a scripted backend: what goes on the wire, what comes back, how failures map. */
class StaffApiClientTest {
    private static ScriptedBackend backend;
    private static ApplicationContext context;
    private static StaffApiClient client;

    @BeforeAll
    static void start() throws IOException {
        backend = new ScriptedBackend();
        context = ApplicationContext.run(Map.of("admin.backend.url", backend.url(), "micronaut.server.port", -1));
        client = context.getBean(StaffApiClient.class);
    }

    @AfterAll
    static void stop() {
        context.close();
        backend.close();
    }

    @BeforeEach
    void reset() {
        backend.reset();
    }

    @Test
    void loginPostsTheCredentialsAsJsonAndReadsTheToken() {
        backend.json("POST /api/v1/auth/login", 200,
                "{\"accessToken\":\"jwt-1\",\"tokenType\":\"Bearer\",\"expiresIn\":3600,\"username\":\"desk\",\"role\":\"FRONT_DESK\"}");

        StaffApi.LoginResult result = client.login("desk", "s3cret\"x");

        assertThat(result.accessToken()).isEqualTo("jwt-1");
        assertThat(result.role()).isEqualTo("FRONT_DESK");
        assertThat(result.expiresIn()).isEqualTo(3600);
        ScriptedBackend.Received sent = backend.received("POST", "/api/v1/auth/login").get(0);
        assertThat(sent.authorization()).isNull();
        assertThat(sent.body()).isEqualTo("{\"username\":\"desk\",\"password\":\"s3cret\\\"x\"}");
    }

    @Test
    void escalationsCarryTheBearerTokenAndIgnoreFieldsThisUiDoesNotKnow() {
        backend.json("GET /api/v1/staff/escalations", 200, "[{\"checkinId\":\"c-1\",\"kioskCode\":\"KIOSK-1\","
                + "\"state\":\"ESCALATED\",\"escalatedAt\":\"2026-11-28T10:00:00Z\",\"reason\":\"face REVIEW\","
                + "\"identityMethod\":\"FACE\",\"decision\":\"REVIEW\",\"faceScore\":0.41,\"livenessScore\":0.93,"
                + "\"candidates\":[],\"futureField\":{\"x\":1},"
                + "\"reservation\":{\"reservationId\":7,\"hotelCode\":\"DEMO\",\"confirmationCode\":\"DM1007\","
                + "\"guestName\":\"Li Na\",\"documentOnFile\":true,\"arrival\":\"2026-11-28\",\"departure\":\"2026-11-30\","
                + "\"adults\":2,\"roomType\":\"STD\",\"status\":\"BOOKED\"}}]");

        List<Escalation> list = client.escalations("jwt-9");

        assertThat(list).hasSize(1);
        Escalation e = list.get(0);
        assertThat(e.checkinId()).isEqualTo("c-1");
        assertThat(e.faceScore()).isEqualTo(0.41);
        assertThat(e.reservation().guestName()).isEqualTo("Li Na");
        assertThat(e.reservation().departure()).hasToString("2026-11-30");
        assertThat(backend.received().get(0).authorization()).isEqualTo("Bearer jwt-9");
    }

    @Test
    void aRejectedBodyNamesItsFieldsAndTheExceptionMessageQuotesNoneOfIt() {
        backend.problem("PUT /api/v1/staff/reservations/7", 400, "validation-failed", "The request has 3 invalid field(s)",
                Map.of("guestName", "must match \\\"^[\\\\p{L}]+$\\\"", "departure", "must be after arrival"));

        assertThatThrownBy(() -> client.editReservation("jwt-1", 7, new StaffApi.ReservationEdit("Wang Fang", null, null,
                LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-01"), 1, "STD")))
                .isInstanceOfSatisfying(BackendRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("validation-failed");
                    assertThat(e.fieldErrors()).containsOnlyKeys("guestName", "departure")
                            .containsEntry("departure", "must be after arrival");
                    assertThat(e.getMessage()).isEqualTo("hotel backend refused edit-reservation: 400 validation-failed");
                });
        assertThat(backend.received("PUT", "/api/v1/staff/reservations/7").get(0).body())
                .isEqualTo("{\"guestName\":\"Wang Fang\",\"arrival\":\"2026-12-02\",\"departure\":\"2026-12-01\","
                        + "\"adults\":1,\"roomType\":\"STD\"}");
    }

    @Test
    void statisticsAskForTheRangeOrForTheHotelsToday() {
        backend.json("GET /api/v1/staff/statistics", 200, "{\"hotelCode\":\"DEMO\",\"from\":\"2026-11-22\","
                + "\"to\":\"2026-11-28\",\"sessionsStarted\":5,\"sessionsByState\":{\"COMPLETED\":4,\"FAILED\":1},"
                + "\"escalated\":1,\"completionRate\":0.8,\"medianCompletionSeconds\":80,\"faceDecisions\":{\"MATCH\":4},"
                + "\"deskCheckins\":2,\"arrivalsByStatus\":{\"CHECKED_IN\":6}}");

        StaffApi.Statistics week = client.statistics("jwt-1", LocalDate.parse("2026-11-22"),
                LocalDate.parse("2026-11-28"));
        client.statistics("jwt-1", null, null);

        assertThat(week.sessionsByState()).containsEntry("COMPLETED", 4L);
        assertThat(week.p95CompletionSeconds()).isNull();
        assertThat(week.deskCheckins()).isEqualTo(2);
        assertThat(backend.received("GET", "/api/v1/staff/statistics")).extracting(ScriptedBackend.Received::query)
                .containsExactly("from=2026-11-22&to=2026-11-28", null);
    }

    @Test
    void approveAndDenyPostTheDecisionToTheCheckinsPath() {
        backend.json("POST /api/v1/staff/escalations/c%2F1/approve", 200,
                "{\"checkinId\":\"c/1\",\"state\":\"IDENTITY_VERIFIED\",\"reservationId\":7}");
        backend.json("POST /api/v1/staff/escalations/c-2/deny", 200, "{\"checkinId\":\"c-2\",\"state\":\"FAILED\"}");

        assertThat(client.approve("jwt", "c/1", 7L, "passport checked").state()).isEqualTo("IDENTITY_VERIFIED");
        assertThat(client.deny("jwt", "c-2", "not the guest").state()).isEqualTo("FAILED");

        assertThat(backend.received("POST", "/api/v1/staff/escalations/c%2F1/approve").get(0).body())
                .isEqualTo("{\"reservationId\":7,\"note\":\"passport checked\"}");
        assertThat(backend.received("POST", "/api/v1/staff/escalations/c-2/deny").get(0).body())
                .isEqualTo("{\"reason\":\"not the guest\"}");
    }

    @Test
    void queryParametersAreSentOnlyWhenGiven() {
        backend.json("GET /api/v1/staff/reservations", 200, "[]");
        backend.json("GET /api/v1/staff/keys", 200, "[]");

        client.reservations("jwt", "Li Na", " ", null);
        client.keys("jwt", null, 7L, "");

        assertThat(backend.received("GET", "/api/v1/staff/reservations").get(0).query()).isEqualTo("q=Li+Na&limit=100");
        assertThat(backend.received("GET", "/api/v1/staff/keys").get(0).query()).isEqualTo("reservationId=7&limit=200");
    }

    @Test
    void anErrorStatusBecomesARefusalWithTheProblemCode() {
        backend.problem("PUT /api/v1/staff/rooms/5/status", 409, "room-occupied", "Room 101 holds a reservation");

        assertThatThrownBy(() -> client.setRoomStatus("jwt", 5, "VACANT_DIRTY"))
                .isInstanceOfSatisfying(BackendRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("room-occupied");
                    assertThat(e.detail()).isEqualTo("Room 101 holds a reservation");
                });
        assertThat(backend.received().get(0).body()).isEqualTo("{\"status\":\"VACANT_DIRTY\"}");
    }

    @Test
    void aWrongPasswordIsA401Refusal() {
        backend.problem("POST /api/v1/auth/login", 401, "invalid-credentials", "Unknown user or wrong password");

        assertThatThrownBy(() -> client.login("admin", "nope"))
                .isInstanceOfSatisfying(BackendRefusedException.class, e -> assertThat(e.code()).isEqualTo("invalid-credentials"));
    }

    @Test
    void aBackendThatDoesNotListenIsUnavailableNotRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ApplicationContext other = ApplicationContext.run(Map.of("admin.backend.url", "http://127.0.0.1:" + closedPort))) {
            StaffApiClient offline = other.getBean(StaffApiClient.class);
            assertThatThrownBy(() -> offline.escalations("jwt")).isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("escalations");
        }
    }
}
