package org.opencheckin.kiosk.backend;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.backend.KioskBackend.DocumentPayload;
import org.opencheckin.kiosk.backend.KioskBackend.IdentityClaim;
import org.opencheckin.kiosk.backend.KioskBackend.IssuedKeys;
import org.opencheckin.kiosk.backend.KioskBackend.ReservationMatches;
import org.opencheckin.kiosk.fakes.ScriptedHttpServer;
import org.opencheckin.kiosk.fakes.ScriptedHttpServer.Reply;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kiosk API client over real HTTP against a scripted in-test server. */
class HttpKioskBackendTest {

    private static final String KEYS = "{\"checkinId\":\"c1\",\"state\":\"KEYS_ISSUED\",\"keys\":[{\"keySerial\":700001,"
            + "\"payload\":\"AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8w\","
            + "\"validFrom\":\"2026-11-28T06:00:00Z\",\"validTo\":\"2026-11-30T04:00:00Z\",\"roomNumber\":\"1204\","
            + "\"keySequence\":1,\"duplicate\":false,\"status\":\"ISSUED\"}]}";

    ScriptedHttpServer server;
    ApplicationContext context;
    KioskBackend backend;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedHttpServer();
        backend = client(server.url());
    }

    KioskBackend client(String url) {
        context = ApplicationContext.run(Map.of(
                "kiosk.backend.url", url,
                "kiosk.backend.token", "test-kiosk-token",
                "kiosk.backend.call-timeout", "600ms",
                "kiosk.backend.keys-timeout", "600ms",
                "kiosk.backend.retries", 2,
                "kiosk.backend.retry-backoff", "10ms",
                "kiosk.flow.ticker-enabled", false,
                "kiosk.heartbeat.enabled", false));
        return context.getBean(KioskBackend.class);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void startsASessionWithTheKioskBearerToken() {
        server.on("POST /api/v1/checkins", Reply.json(201,
                "{\"checkinId\":\"c-42\",\"state\":\"STARTED\",\"expiresAt\":\"2026-11-28T14:30:00Z\"}"));
        KioskBackend.Checkin checkin = backend.startCheckin();
        assertThat(checkin.checkinId()).isEqualTo("c-42");
        assertThat(checkin.state()).isEqualTo("STARTED");
        assertThat(server.requests.get(0).header("Authorization")).isEqualTo("Bearer test-kiosk-token");
    }

    @Test
    void documentIsSentWithTheContractFieldNamesAndReservationsAreRead() {
        server.on("POST /api/v1/checkins/c1/document", Reply.json(200, "{\"checkinId\":\"c1\",\"state\":"
                + "\"DOCUMENT_VERIFIED\",\"reservations\":[{\"reservationId\":17,\"confirmationCode\":\"DEMO1\","
                + "\"arrival\":\"2026-11-28\",\"departure\":\"2026-11-30\",\"roomType\":\"DLX\","
                + "\"roomTypeName\":\"Deluxe King\",\"adults\":2}],\"selectedReservationId\":null}"));
        ReservationMatches matches = backend.submitDocument("c1", new DocumentPayload("CN_RESIDENT_ID",
                "110101199003070012", "Zhang Weiming", "1990-03-07", "CHN", "2036-01-01"));
        assertThat(matches.state()).isEqualTo("DOCUMENT_VERIFIED");
        assertThat(matches.reservations()).singleElement().satisfies(r -> {
            assertThat(r.reservationId()).isEqualTo(17L);
            assertThat(r.roomTypeLabel()).isEqualTo("Deluxe King");
            assertThat(r.adults()).isEqualTo(2);
        });
        String body = server.requests.get(0).body();
        assertThat(body).contains("\"documentType\":\"CN_RESIDENT_ID\"", "\"documentNumber\":\"110101199003070012\"",
                "\"fullName\":\"Zhang Weiming\"", "\"birthDate\":\"1990-03-07\"", "\"nationality\":\"CHN\"",
                "\"expiryDate\":\"2036-01-01\"");
    }

    @Test
    void aProblemIsReportedWithItsStatusAndNeverRetried() {
        server.on("POST /api/v1/checkins/c1/document", Reply.problem(404, "Not Found", "nothing due today"));
        assertThatThrownBy(() -> backend.submitDocument("c1", new DocumentPayload("PASSPORT", "X1", "A B",
                "1990-01-01", "UTO", "2030-01-01")))
                .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.detail()).isEqualTo("nothing due today");
                });
        assertThat(server.count("POST /api/v1/checkins/c1/document")).isEqualTo(1);
    }

    @Test
    void keysCallCarriesOneIdempotencyKeyAcrossRetries() {
        server.on("POST /api/v1/checkins/c1/keys", Reply.problem(503, "Unavailable", "restarting"),
                Reply.json(200, KEYS));
        IssuedKeys keys = backend.issueKeys("c1", 1, "idem-123");
        assertThat(keys.keys()).singleElement().satisfies(k -> {
            assertThat(k.keySerial()).isEqualTo(700001L);
            assertThat(k.payload()).hasSize(64);
        });
        assertThat(server.requests).hasSize(2).allSatisfy(r -> {
            assertThat(r.header("Idempotency-Key")).isEqualTo("idem-123");
            assertThat(r.body()).isEqualTo("{\"count\":1}");
        });
    }

    @Test
    void aSlowBackendTimesOutPerCallAndIdempotentCallsAreTriedThreeTimes() {
        server.on("POST /api/v1/checkins/c1/keys", Reply.json(200, KEYS).delayed(1500));
        long start = System.nanoTime();
        assertThatThrownBy(() -> backend.issueKeys("c1", 1, "idem-1"))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("no answer within 600 ms").hasMessageContaining("after 3 attempts");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isBetween(1700L, 5000L);
        assertThat(server.count("POST /api/v1/checkins/c1/keys")).isEqualTo(3);
    }

    @Test
    void nonIdempotentCallsAreSentOnce() {
        server.on("POST /api/v1/checkins/c1/room", Reply.problem(503, "Unavailable", "restarting"));
        assertThatThrownBy(() -> backend.assignRoom("c1")).isInstanceOf(BackendUnavailableException.class);
        assertThat(server.count("POST /api/v1/checkins/c1/room")).isEqualTo(1);
        server.on("POST /api/v1/checkins/c1/identity", Reply.json(200, "{}").delayed(1500));
        assertThatThrownBy(() -> backend.reportIdentity("c1", IdentityClaim.staff()))
                .isInstanceOf(BackendUnavailableException.class);
        assertThat(server.count("POST /api/v1/checkins/c1/identity")).isEqualTo(1);
    }

    @Test
    void aBackendThatIsNotThereIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        context.close();
        KioskBackend nowhere = client("http://127.0.0.1:" + closedPort);
        assertThatThrownBy(nowhere::startCheckin).isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("POST /checkins");
        assertThatThrownBy(() -> nowhere.status("c1")).isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("after 3 attempts");
    }

    @Test
    void faceClaimIsClampedToTheApiRanges() {
        server.on("POST /api/v1/checkins/c1/identity", Reply.json(200,
                "{\"checkinId\":\"c1\",\"state\":\"IDENTITY_VERIFIED\",\"decision\":\"MATCH\"}"));
        KioskBackend.IdentityResult result = backend.reportIdentity("c1",
                IdentityClaim.face(-0.2, 1.0, "fr_feature.onnx#87aacdfe sha"));
        assertThat(result.decision()).isEqualTo("MATCH");
        assertThat(server.requests.get(0).body()).contains("\"method\":\"FACE\"", "\"faceScore\":0.0",
                "\"livenessScore\":1.0", "\"modelId\":\"fr_feature.onnx_87aacdfe_sha\"");
    }

    @Test
    void statusEscalationAndHeartbeatUseTheirPaths() {
        server.on("GET /api/v1/checkins/c1", Reply.json(200, "{\"checkinId\":\"c1\",\"state\":\"ROOM_ASSIGNED\","
                + "\"roomNumber\":\"1204\",\"floor\":12,\"keys\":[],\"transitions\":{}}"));
        server.on("POST /api/v1/checkins/c1/escalate", Reply.json(200, "{\"checkinId\":\"c1\",\"state\":\"ESCALATED\"}"));
        server.on("PUT /api/v1/kiosks/self/status", Reply.json(200, "{\"kioskCode\":\"KIOSK-1\"}"));
        server.on("POST /api/v1/checkins/c1/keys/700001/dispensed", Reply.json(200, "{\"checkinId\":\"c1\"}"));
        KioskBackend.CheckinState state = backend.status("c1");
        assertThat(state.roomNumber()).isEqualTo("1204");
        assertThat(state.floor()).isEqualTo(12);
        assertThat(backend.escalate("c1", "STAFF_CALLED").state()).isEqualTo("ESCALATED");
        backend.keyDispensed("c1", 700001L);
        backend.heartbeat(new KioskBackend.KioskStatus("ATTRACT", false, false,
                Map.of("key-dispenser", new KioskBackend.DeviceStatus("OK", "ready")), 80, "ENOUGH", List.of(),
                "ready"));
        assertThat(server.requests).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /api/v1/checkins/c1", "POST /api/v1/checkins/c1/escalate",
                "POST /api/v1/checkins/c1/keys/700001/dispensed", "PUT /api/v1/kiosks/self/status");
        assertThat(server.requests.get(1).body()).isEqualTo("{\"reason\":\"STAFF_CALLED\"}");
        assertThat(server.requests.get(3).body()).contains("\"cardStock\":80", "\"key-dispenser\"");
    }
}
