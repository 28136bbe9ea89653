package org.opencheckin.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.support.Backend;

/**
 * Every endpoint of the kiosk, staff and integration APIs against every kind of caller, each
 * cell the answer documented in hotel-backend/README.md, section "Authorisation". A cell that
 * expects success gets a fresh resource in the right state (so success really means the call
 * did its work); the others share one resource of the own hotel. Runs on H2 and MariaDB.
 */
class AuthorisationMatrixTest {

    /** The columns, in README order. */
    enum Caller { NONE, KIOSK_OTHER_HOTEL, KIOSK, FRONT_DESK, MANAGER, ADMIN, INTEGRATOR_OTHER_HOTEL, INTEGRATOR }

    record Target(String path, String body, String... headers) {
    }

    /** One endpoint: how to make a target for it, and the expected status per caller. */
    record Row(String method, String route, Function<StaffWorld, Target> fresh, String expected) {
        int expectedFor(Caller c) {
            return Integer.parseInt(expected.trim().split("\\s+")[c.ordinal()]);
        }
    }

    static final String STAFF_ALL = "401 403 403 200 200 200 403 403";
    static final String KIOSK_ONLY = "401 404 200 403 403 403 403 403";
    static final String INTEGRATION_ONLY = "401 403 403 403 403 403 403 200";

    static String today() {
        return LocalDate.now(ZoneId.of("UTC")).toString();
    }

    static String reservationJson(String roomType) {
        LocalDate t = LocalDate.now(ZoneId.of("UTC"));
        return "{\"guestName\":\"Matrix Guest\",\"arrival\":\"" + t + "\",\"departure\":\"" + t.plusDays(1)
                + "\",\"adults\":1,\"roomType\":\"" + roomType + "\"}";
    }

    /** An external reservation created through the integration API; returns its path. */
    static String pmsReservation(StaffWorld w) {
        String path = "/api/v1/hotels/" + w.ownCode() + "/reservations/ext-" + UUID.randomUUID();
        Backend.Response r = w.b.send("PUT", path, w.integrator, reservationJson("STD"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return path;
    }

    static final List<Row> ROWS = List.of(
            // authentication: anonymous endpoints, a token (any) does not change the answer
            new Row("POST", "/api/v1/auth/login", w -> new Target("/api/v1/auth/login",
                    "{\"username\":\"nobody-" + w.ownCode() + "\",\"password\":\"wrong\"}"), "401 401 401 401 401 401 401 401"),
            new Row("POST", "/api/v1/oauth/token", w -> new Target("/api/v1/oauth/token",
                    "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + w.client.getClientId()
                            + "\",\"client_secret\":\"" + w.clientSecret + "\"}"), "200 200 200 200 200 200 200 200"),
            // kiosk API (section 5)
            new Row("POST", "/api/v1/checkins", w -> new Target("/api/v1/checkins", null),
                    "401 201 201 403 403 403 403 403"),
            new Row("GET", "/api/v1/checkins/{id}", w -> new Target("/api/v1/checkins/" + w.started(), null), KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/document", w -> {
                var r = w.booked();
                return new Target("/api/v1/checkins/" + w.started() + "/document", w.documentJson(r));
            }, KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/lookup", w -> {
                var r = w.booked();
                return new Target("/api/v1/checkins/" + w.started() + "/lookup",
                        "{\"confirmationCode\":\"" + r.getConfirmationCode() + "\"}");
            }, KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/reservation", w -> {
                String[] s = w.documentVerified();
                return new Target("/api/v1/checkins/" + s[0] + "/reservation", "{\"reservationId\":" + s[1] + "}");
            }, KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/identity", w -> new Target("/api/v1/checkins/" + w.documentVerified()[0]
                    + "/identity", "{\"method\":\"FACE\",\"faceScore\":0.9,\"livenessScore\":0.9,\"modelId\":\"m\"}"), KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/room", w -> new Target("/api/v1/checkins/" + w.identityVerified()
                    + "/room", "{}"), KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/keys", w -> {
                String id = w.roomAssigned();
                return new Target("/api/v1/checkins/" + id + "/keys", "{\"count\":1}", "Idempotency-Key", "m-" + id);
            }, KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/keys/{serial}/dispensed", w -> {
                String[] k = w.keysIssued();
                return new Target("/api/v1/checkins/" + k[0] + "/keys/" + k[1] + "/dispensed", null);
            }, KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/keys/{serial}/failed", w -> {
                String[] k = w.keysIssued();
                return new Target("/api/v1/checkins/" + k[0] + "/keys/" + k[1] + "/failed", "{\"reason\":\"jam\"}");
            }, KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/complete", w -> {
                String[] k = w.keysIssued();
                assertThat(w.kiosk(k[0], "/keys/" + k[1] + "/dispensed", null).status()).isEqualTo(200);
                return new Target("/api/v1/checkins/" + k[0] + "/complete", null);
            }, KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/escalate", w -> new Target("/api/v1/checkins/" + w.started()
                    + "/escalate", "{\"reason\":\"guest asked for help\"}"), KIOSK_ONLY),
            new Row("POST", "/api/v1/checkins/{id}/abandon", w -> new Target("/api/v1/checkins/" + w.started()
                    + "/abandon", null), KIOSK_ONLY),
            new Row("PUT", "/api/v1/kiosks/self/status", w -> new Target("/api/v1/kiosks/self/status",
                    "{\"idReader\":\"OK\"}"), "401 200 200 403 403 403 403 403"),
            // staff API (section 6)
            new Row("GET", "/api/v1/staff/reservations", w -> new Target("/api/v1/staff/reservations?arrival=" + today(),
                    null), STAFF_ALL),
            new Row("GET", "/api/v1/staff/reservations/{id}", w -> new Target("/api/v1/staff/reservations/"
                    + w.booked().getId(), null), STAFF_ALL),
            new Row("POST", "/api/v1/staff/reservations", w -> new Target("/api/v1/staff/reservations",
                    reservationJson("STD")), "401 403 403 201 201 201 403 403"),
            new Row("PUT", "/api/v1/staff/reservations/{id}", w -> new Target("/api/v1/staff/reservations/"
                    + w.booked().getId(), reservationJson("STD")), STAFF_ALL),
            new Row("POST", "/api/v1/staff/reservations/{id}/cancel", w -> new Target("/api/v1/staff/reservations/"
                    + w.booked().getId() + "/cancel", null), "401 403 403 403 200 200 403 403"),
            new Row("POST", "/api/v1/staff/reservations/{id}/check-in", w -> new Target("/api/v1/staff/reservations/"
                    + w.booked().getId() + "/check-in", "{\"keyCount\":1}"), STAFF_ALL),
            new Row("POST", "/api/v1/staff/reservations/{id}/check-out", w -> new Target("/api/v1/staff/reservations/"
                    + w.checkedIn()[0] + "/check-out", null), STAFF_ALL),
            new Row("GET", "/api/v1/staff/escalations", w -> new Target("/api/v1/staff/escalations", null), STAFF_ALL),
            new Row("POST", "/api/v1/staff/escalations/{id}/approve", w -> new Target("/api/v1/staff/escalations/"
                    + w.escalated() + "/approve", "{}"), STAFF_ALL),
            new Row("POST", "/api/v1/staff/escalations/{id}/deny", w -> new Target("/api/v1/staff/escalations/"
                    + w.escalated() + "/deny", "{\"reason\":\"document photo does not match\"}"), STAFF_ALL),
            new Row("GET", "/api/v1/staff/rooms", w -> new Target("/api/v1/staff/rooms", null), STAFF_ALL),
            new Row("GET", "/api/v1/staff/hotel", w -> new Target("/api/v1/staff/hotel", null), STAFF_ALL),
            new Row("PUT", "/api/v1/staff/rooms/{id}/status", w -> new Target("/api/v1/staff/rooms/" + w.vacantRoom()
                    + "/status", "{\"status\":\"VACANT_CLEAN\"}"), STAFF_ALL),
            new Row("GET", "/api/v1/staff/keys", w -> new Target("/api/v1/staff/keys", null), STAFF_ALL),
            new Row("POST", "/api/v1/staff/keys/{serial}/revoke", w -> new Target("/api/v1/staff/keys/"
                    + w.checkedIn()[1] + "/revoke", null), STAFF_ALL),
            new Row("POST", "/api/v1/staff/keys/{serial}/reissue", w -> new Target("/api/v1/staff/keys/"
                    + w.checkedIn()[1] + "/reissue", "{\"count\":1}"), STAFF_ALL),
            new Row("GET", "/api/v1/staff/kiosks", w -> new Target("/api/v1/staff/kiosks", null),
                    "401 403 403 403 200 200 403 403"),
            new Row("POST", "/api/v1/staff/kiosks", w -> new Target("/api/v1/staff/kiosks",
                    "{\"code\":\"KM" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Lobby 2\"}"),
                    "401 403 403 403 403 201 403 403"),
            new Row("POST", "/api/v1/staff/kiosks/{id}/rotate-token", w -> new Target("/api/v1/staff/kiosks/"
                    + w.kioskId() + "/rotate-token", null), "401 403 403 403 403 200 403 403"),
            new Row("POST", "/api/v1/staff/kiosks/{id}/disable", w -> new Target("/api/v1/staff/kiosks/"
                    + w.kioskId() + "/disable", null), "401 403 403 403 403 200 403 403"),
            new Row("GET", "/api/v1/staff/audit", w -> new Target("/api/v1/staff/audit", null),
                    "401 403 403 403 200 200 403 403"),
            new Row("GET", "/api/v1/staff/statistics", w -> new Target("/api/v1/staff/statistics", null),
                    "401 403 403 403 200 200 403 403"),
            // integration API (section 7)
            new Row("PUT", "/api/v1/hotels/{hotelCode}/reservations/{externalId}", w -> new Target("/api/v1/hotels/"
                    + w.ownCode() + "/reservations/ext-" + UUID.randomUUID(), reservationJson("STD")),
                    "401 403 403 403 403 403 403 201"),
            new Row("GET", "/api/v1/hotels/{hotelCode}/reservations/{externalId}", w -> new Target(pmsReservation(w), null),
                    INTEGRATION_ONLY),
            new Row("POST", "/api/v1/hotels/{hotelCode}/reservations/{externalId}/cancel", w -> new Target(
                    pmsReservation(w) + "/cancel", null), INTEGRATION_ONLY),
            new Row("GET", "/api/v1/hotels/{hotelCode}/reservations?arrival=", w -> new Target("/api/v1/hotels/"
                    + w.ownCode() + "/reservations?arrival=" + today(), null), INTEGRATION_ONLY),
            new Row("PUT", "/api/v1/integration/webhook", w -> new Target("/api/v1/integration/webhook",
                    "{\"url\":\"http://127.0.0.1:9/unused\",\"secret\":\"matrix-webhook-secret\"}"),
                    "401 403 403 403 403 403 200 200"));

    static List<String> backends() {
        return StaffBackends.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void everyEndpointAnswersEveryCallerAsDocumented(String backend) {
        StaffWorld w = StaffWorld.create(StaffBackends.byName(backend));
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : ROWS) {
            Target shared = null;
            for (Caller caller : Caller.values()) {
                int expected = row.expectedFor(caller);
                Target t;
                if (expected / 100 == 2) {
                    t = row.fresh().apply(w);
                } else {
                    if (shared == null) {
                        shared = row.fresh().apply(w);
                    }
                    t = shared;
                }
                Backend.Response r = w.b.send(row.method(), t.path(), token(w, caller), t.body(), t.headers());
                cells++;
                if (r.status() != expected) {
                    wrong.add(row.method() + " " + row.route() + " as " + caller + ": expected " + expected + ", got "
                            + r.status() + " " + abbreviate(r.body()));
                } else if (expected >= 400 && !r.contentType().startsWith("application/problem+json")) {
                    wrong.add(row.method() + " " + row.route() + " as " + caller + ": " + expected
                            + " without problem+json (" + r.contentType() + ")");
                }
            }
        }
        assertThat(wrong).as("cells that differ from the documented matrix").isEmpty();
        assertThat(cells).isEqualTo(ROWS.size() * Caller.values().length);
    }

    static String token(StaffWorld w, Caller c) {
        return switch (c) {
            case NONE -> null;
            case KIOSK_OTHER_HOTEL -> w.other.kioskToken();
            case KIOSK -> w.own.kioskToken();
            case FRONT_DESK -> w.frontDesk;
            case MANAGER -> w.manager;
            case ADMIN -> w.admin;
            case INTEGRATOR_OTHER_HOTEL -> w.integratorOther;
            case INTEGRATOR -> w.integrator;
        };
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
