package org.opencheckin.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;

/**
 * Bad input to the staff, authentication and integration endpoints: malformed JSON, missing
 * fields, wrong types, 10 KB names, SQL and HTML in names, unknown ids and illegal state changes
 * each get the right 4xx problem+json (with the offending field where there is one), and
 * nothing at all is written. Table-driven; H2 and MariaDB.
 */
class StaffBadInputTest {
    static final String TEN_KB = "A".repeat(10 * 1024);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("UTC"));

    /** Resources in known states, made before the snapshot. */
    record Fixture(StaffWorld w, long booked, long checkedIn, long keySerial, String started, String escalatedEarly,
                   long kiosk, long room, String pmsPath, String pmsCheckedInPath) {
    }

    record Case(String name, String method, Function<Fixture, String> path, Function<Fixture, String> token,
                String body, int status, String code, String field) {
    }

    static Case c(String name, String method, Function<Fixture, String> path, Function<Fixture, String> token,
                  String body, int status, String code, String field) {
        return new Case(name, method, path, token, body, status, code, field);
    }

    static String reservation(String name, String arrival, String departure, int adults, String roomType) {
        return "{\"guestName\":" + name + ",\"arrival\":\"" + arrival + "\",\"departure\":\"" + departure
                + "\",\"adults\":" + adults + ",\"roomType\":\"" + roomType + "\"}";
    }

    static String valid() {
        return reservation("\"Valid Name\"", TODAY.toString(), TODAY.plusDays(1).toString(), 1, "STD");
    }

    static final Function<Fixture, String> FD = f -> f.w().frontDesk;
    static final Function<Fixture, String> MGR = f -> f.w().manager;
    static final Function<Fixture, String> ADM = f -> f.w().admin;
    static final Function<Fixture, String> PMS = f -> f.w().integrator;
    static final Function<Fixture, String> NOBODY = f -> null;
    static final Function<Fixture, String> CREATE = f -> "/api/v1/staff/reservations";

    static final List<Case> CASES = List.of(
            // staff: create reservation
            c("malformed JSON", "POST", CREATE, FD, "{\"guestName\":", 400, null, null),
            c("missing fields", "POST", CREATE, FD, "{}", 400, "validation-failed", "guestName"),
            c("wrong type", "POST", CREATE, FD, valid().replace("\"adults\":1", "\"adults\":\"two\""), 400, null, null),
            c("10 KB name", "POST", CREATE, FD, reservation("\"" + TEN_KB + "\"", TODAY.toString(),
                    TODAY.plusDays(1).toString(), 1, "STD"), 400, "validation-failed", "guestName"),
            c("SQL in name", "POST", CREATE, FD, reservation("\"Robert'); DROP TABLE reservation;--\"", TODAY.toString(),
                    TODAY.plusDays(1).toString(), 1, "STD"), 400, "validation-failed", "guestName"),
            c("HTML in name", "POST", CREATE, FD, reservation("\"<script>alert(1)</script>\"", TODAY.toString(),
                    TODAY.plusDays(1).toString(), 1, "STD"), 400, "validation-failed", "guestName"),
            c("name is a number", "POST", CREATE, FD, reservation("42", TODAY.toString(), TODAY.plusDays(1).toString(),
                    1, "STD"), 400, null, null),
            c("departure before arrival", "POST", CREATE, FD, reservation("\"Valid Name\"", TODAY.toString(),
                    TODAY.minusDays(1).toString(), 1, "STD"), 400, "validation-failed", "departure"),
            c("bad date", "POST", CREATE, FD, reservation("\"Valid Name\"", "2026-13-45", TODAY.toString(), 1, "STD"),
                    400, null, null),
            c("unknown room type", "POST", CREATE, FD, reservation("\"Valid Name\"", TODAY.toString(),
                    TODAY.plusDays(1).toString(), 1, "PENTHOUSE"), 422, "unknown-room-type", "roomType"),
            c("room type with SQL", "POST", CREATE, FD, reservation("\"Valid Name\"", TODAY.toString(),
                    TODAY.plusDays(1).toString(), 1, "STD' OR 1=1"), 400, "validation-failed", "roomType"),
            c("too many adults", "POST", CREATE, FD, reservation("\"Valid Name\"", TODAY.toString(),
                    TODAY.plusDays(1).toString(), 3, "STD"), 422, "too-many-adults", "adults"),
            c("zero adults", "POST", CREATE, FD, reservation("\"Valid Name\"", TODAY.toString(),
                    TODAY.plusDays(1).toString(), 0, "STD"), 400, "validation-failed", "adults"),
            c("document number without type", "POST", CREATE, FD, valid().replace("{", "{\"documentNumber\":\"X123\","),
                    400, "validation-failed", "documentType"),
            c("unknown document type", "POST", CREATE, FD, valid().replace("{",
                    "{\"documentType\":\"LIBRARY_CARD\",\"documentNumber\":\"X123\","), 400, null, null),
            c("confirmation code with SQL", "POST", CREATE, FD, valid().replace("{", "{\"confirmationCode\":\"A'--\","),
                    400, "validation-failed", "confirmationCode"),
            c("unknown hotel", "POST", f -> "/api/v1/staff/reservations?hotel=NOPE", ADM, valid(), 404, "hotel-not-found", null),
            c("hotel code with HTML", "POST", f -> "/api/v1/staff/reservations?hotel=%3Cb%3E", ADM, valid(), 400, null, null),
            // staff: other reservation endpoints
            c("edit unknown id", "PUT", f -> "/api/v1/staff/reservations/987654321", FD, valid(), 404, "reservation-not-found", null),
            c("edit non-numeric id", "PUT", f -> "/api/v1/staff/reservations/abc", FD, valid(), 400, null, null),
            c("edit checked-in reservation", "PUT", f -> "/api/v1/staff/reservations/" + f.checkedIn(), FD, valid(), 409,
                    "illegal-reservation-status", null),
            c("edit with 10 KB name", "PUT", f -> "/api/v1/staff/reservations/" + f.booked(), FD,
                    valid().replace("Valid Name", TEN_KB), 400, "validation-failed", "guestName"),
            c("cancel checked-in", "POST", f -> "/api/v1/staff/reservations/" + f.checkedIn() + "/cancel", MGR, null, 409,
                    "illegal-reservation-status", null),
            c("check in twice", "POST", f -> "/api/v1/staff/reservations/" + f.checkedIn() + "/check-in", FD,
                    "{\"keyCount\":1}", 409, "illegal-reservation-status", null),
            c("check in with 0 keys", "POST", f -> "/api/v1/staff/reservations/" + f.booked() + "/check-in", FD,
                    "{\"keyCount\":0}", 400, "validation-failed", "keyCount"),
            c("check in with 9 keys", "POST", f -> "/api/v1/staff/reservations/" + f.booked() + "/check-in", FD,
                    "{\"keyCount\":9}", 400, "validation-failed", "keyCount"),
            c("check in to unknown room", "POST", f -> "/api/v1/staff/reservations/" + f.booked() + "/check-in", FD,
                    "{\"roomNumber\":\"777\",\"keyCount\":1}", 404, "room-not-found", null),
            c("check in to room with SQL", "POST", f -> "/api/v1/staff/reservations/" + f.booked() + "/check-in", FD,
                    "{\"roomNumber\":\"1' --\",\"keyCount\":1}", 400, "validation-failed", "roomNumber"),
            c("check in to an out-of-order room", "POST", f -> "/api/v1/staff/reservations/" + f.booked() + "/check-in", FD,
                    "{\"roomNumber\":\"901\",\"keyCount\":1}", 409, "room-not-ready", null),
            c("check out a booked one", "POST", f -> "/api/v1/staff/reservations/" + f.booked() + "/check-out", FD, null,
                    409, "illegal-reservation-status", null),
            c("search with bad status", "GET", f -> "/api/v1/staff/reservations?status=SLEEPING", FD, null, 400, null, null),
            c("search with bad date", "GET", f -> "/api/v1/staff/reservations?arrival=tomorrow", FD, null, 400, null, null),
            c("search with huge limit", "GET", f -> "/api/v1/staff/reservations?limit=100000", FD, null, 400, null, null),
            // escalations
            c("approve unknown session", "POST", f -> "/api/v1/staff/escalations/no-such-session/approve", FD, "{}", 404,
                    "checkin-not-found", null),
            c("approve a session that is not escalated", "POST", f -> "/api/v1/staff/escalations/" + f.started() + "/approve",
                    FD, "{}", 409, "illegal-state", null),
            c("approve an escalation before the document was read", "POST", f -> "/api/v1/staff/escalations/"
                    + f.escalatedEarly() + "/approve", FD, "{}", 409, "escalation-incomplete", null),
            c("deny without reason", "POST", f -> "/api/v1/staff/escalations/" + f.started() + "/deny", FD, "{}", 400,
                    "validation-failed", "reason"),
            c("deny with 10 KB reason", "POST", f -> "/api/v1/staff/escalations/" + f.started() + "/deny", FD,
                    "{\"reason\":\"" + TEN_KB + "\"}", 400, "validation-failed", "reason"),
            // rooms and keys
            c("unknown room status", "PUT", f -> "/api/v1/staff/rooms/" + f.room() + "/status", FD, "{\"status\":\"SPARKLING\"}",
                    400, null, null),
            c("room status missing", "PUT", f -> "/api/v1/staff/rooms/" + f.room() + "/status", FD, "{}", 400,
                    "validation-failed", "status"),
            c("status of unknown room", "PUT", f -> "/api/v1/staff/rooms/987654321/status", FD, "{\"status\":\"VACANT_CLEAN\"}",
                    404, "room-not-found", null),
            c("revoke unknown key", "POST", f -> "/api/v1/staff/keys/987654321/revoke", FD, null, 404, "key-not-found", null),
            c("reissue 0 keys", "POST", f -> "/api/v1/staff/keys/" + f.keySerial() + "/reissue", FD, "{\"count\":0}", 400,
                    "validation-failed", "count"),
            c("keys with unknown status", "GET", f -> "/api/v1/staff/keys?status=LOST", FD, null, 400, null, null),
            // kiosks
            c("kiosk code with HTML", "POST", f -> "/api/v1/staff/kiosks", ADM, "{\"code\":\"<b>K</b>\",\"name\":\"Lobby\"}",
                    400, "validation-failed", "code"),
            c("kiosk name of 10 KB", "POST", f -> "/api/v1/staff/kiosks", ADM, "{\"code\":\"K9\",\"name\":\"" + TEN_KB + "\"}",
                    400, "validation-failed", "name"),
            c("kiosk name with SQL", "POST", f -> "/api/v1/staff/kiosks", ADM,
                    "{\"code\":\"K9\",\"name\":\"x'); DELETE FROM kiosk;--\"}", 400, "validation-failed", "name"),
            c("rotate unknown kiosk", "POST", f -> "/api/v1/staff/kiosks/987654321/rotate-token", ADM, null, 404,
                    "kiosk-not-found", null),
            // audit and statistics
            c("audit limit too big", "GET", f -> "/api/v1/staff/audit?limit=100000", MGR, null, 400, null, null),
            c("statistics to before from", "GET", f -> "/api/v1/staff/statistics?from=" + TODAY + "&to=" + TODAY.minusDays(1),
                    MGR, null, 400, "validation-failed", "to"),
            c("statistics over 60 days", "GET", f -> "/api/v1/staff/statistics?from=" + TODAY.minusDays(60) + "&to=" + TODAY,
                    MGR, null, 400, "validation-failed", "to"),
            // authentication
            c("login without fields", "POST", f -> "/api/v1/auth/login", NOBODY, "{}", 400, "validation-failed", "password"),
            c("login malformed", "POST", f -> "/api/v1/auth/login", NOBODY, "{\"username\":[}", 400, null, null),
            c("login with 10 KB password", "POST", f -> "/api/v1/auth/login", NOBODY,
                    "{\"username\":\"admin\",\"password\":\"" + TEN_KB + "\"}", 400, "validation-failed", "password"),
            c("token without fields", "POST", f -> "/api/v1/oauth/token", NOBODY, "{}", 400, "invalid_request", "client_id"),
            c("token with password grant", "POST", f -> "/api/v1/oauth/token", NOBODY,
                    "{\"grant_type\":\"password\",\"client_id\":\"a\",\"client_secret\":\"b\"}", 400, "unsupported_grant_type",
                    "grant_type"),
            c("token with wrong secret", "POST", f -> "/api/v1/oauth/token", NOBODY,
                    "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + "pms-x" + "\",\"client_secret\":\"b\"}", 401,
                    "invalid_client", null),
            // integration
            c("upsert with missing fields", "PUT", f -> f.pmsPath() + "-new", PMS, "{}", 400, "validation-failed", "guestName"),
            c("upsert with SQL in name", "PUT", f -> f.pmsPath() + "-new", PMS, reservation("\"x' OR '1'='1\"",
                    TODAY.toString(), TODAY.plusDays(1).toString(), 1, "STD"), 400, "validation-failed", "guestName"),
            c("upsert with 10 KB name", "PUT", f -> f.pmsPath() + "-new", PMS, valid().replace("Valid Name", TEN_KB), 400,
                    "validation-failed", "guestName"),
            c("upsert with bad external id", "PUT", f -> "/api/v1/hotels/" + f.w().ownCode() + "/reservations/a%20b%3Cc%3E",
                    PMS, valid(), 400, null, null),
            c("upsert with 100-character external id", "PUT", f -> "/api/v1/hotels/" + f.w().ownCode() + "/reservations/"
                    + "e".repeat(100), PMS, valid(), 400, null, null),
            c("upsert into unknown hotel", "PUT", f -> "/api/v1/hotels/NOSUCH/reservations/e1", PMS, valid(), 404,
                    "hotel-not-found", null),
            c("upsert into another hotel", "PUT", f -> "/api/v1/hotels/" + f.w().other.hotel().getCode() + "/reservations/e1",
                    PMS, valid(), 403, "hotel-not-granted", null),
            c("upsert changing the confirmation code", "PUT", f -> f.pmsPath(), PMS,
                    valid().replace("{", "{\"confirmationCode\":\"OTHERCODE\","), 422, "confirmation-code-immutable", null),
            c("upsert of a checked-in reservation", "PUT", f -> f.pmsCheckedInPath(), PMS, reservation("\"Changed Name\"",
                    TODAY.toString(), TODAY.plusDays(4).toString(), 1, "STD"), 409, "reservation-not-editable", null),
            c("upsert with unknown room type", "PUT", f -> f.pmsPath() + "-new", PMS, reservation("\"Valid Name\"",
                    TODAY.toString(), TODAY.plusDays(1).toString(), 1, "XXL"), 422, "unknown-room-type", "roomType"),
            c("cancel unknown external id", "POST", f -> f.pmsPath() + "-unknown/cancel", PMS, null, 404,
                    "reservation-not-found", null),
            c("cancel a checked-in reservation", "POST", f -> f.pmsCheckedInPath() + "/cancel", PMS, null, 409,
                    "reservation-not-cancellable", null),
            c("arrivals without a date", "GET", f -> "/api/v1/hotels/" + f.w().ownCode() + "/reservations", PMS, null, 400,
                    null, null),
            c("arrivals with a bad date", "GET", f -> "/api/v1/hotels/" + f.w().ownCode() + "/reservations?arrival=soon", PMS,
                    null, 400, null, null),
            c("webhook with ftp URL", "PUT", f -> "/api/v1/integration/webhook", PMS,
                    "{\"url\":\"ftp://example.invalid/x\",\"secret\":\"0123456789abcdef\"}", 400, "validation-failed", "url"),
            c("webhook with short secret", "PUT", f -> "/api/v1/integration/webhook", PMS,
                    "{\"url\":\"http://127.0.0.1:9/x\",\"secret\":\"short\"}", 400, "validation-failed", "secret"));

    static List<String> backends() {
        return StaffBackends.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void badInputGetsTheRightProblemAndWritesNothing(String backend) {
        StaffWorld w = StaffWorld.create(StaffBackends.byName(backend));
        long[] checkedIn = w.checkedIn();
        String pms = "/api/v1/hotels/" + w.ownCode() + "/reservations/bad-" + w.ownCode();
        assertThat(w.b.send("PUT", pms, w.integrator, valid()).status()).isEqualTo(201);
        String pmsIn = pms + "-in";
        Backend.Response created = w.b.send("PUT", pmsIn, w.integrator, valid());
        long pmsInId = ((Number) created.get("reservationId")).longValue();
        assertThat(w.b.post("/api/v1/staff/reservations/" + pmsInId + "/check-in", w.frontDesk, "{\"keyCount\":1}").status())
                .isEqualTo(200);
        String early = w.started();
        assertThat(w.kiosk(early, "/escalate", "{\"reason\":\"help\"}").status()).isEqualTo(200);
        Fixture f = new Fixture(w, w.booked().getId(), checkedIn[0], checkedIn[1], w.started(), early, w.kioskId(),
                w.vacantRoom(), pms, pmsIn);
        w.b.bean(org.opencheckin.backend.service.AuditTrail.class).seal(w.own.hotel().getId());
        String before = snapshot(w);

        List<String> wrong = new ArrayList<>();
        for (Case k : CASES) {
            Backend.Response r = w.b.send(k.method(), k.path().apply(f), k.token().apply(f), k.body());
            String problem = check(k, r);
            if (problem != null) {
                wrong.add(k.name() + ": " + problem);
            }
        }
        assertThat(wrong).as("cases answered wrongly").isEmpty();
        assertThat(snapshot(w)).as("nothing was written").isEqualTo(before);
    }

    private static String check(Case k, Backend.Response r) {
        if (r.status() != k.status()) {
            return "expected " + k.status() + ", got " + r.status() + " " + AuthorisationMatrixTest.abbreviate(r.body());
        }
        if (!r.contentType().startsWith("application/problem+json")) {
            return "not problem+json: " + r.contentType();
        }
        if (k.code() != null && !k.code().equals(r.problemCode())) {
            return "expected code " + k.code() + ", got " + r.problemCode();
        }
        if (k.field() != null) {
            List<Map<String, Object>> errors = r.get("errors");
            if (errors == null || errors.stream().noneMatch(e -> k.field().equals(e.get("field")))) {
                return "no field error for " + k.field() + " in " + AuthorisationMatrixTest.abbreviate(r.body());
            }
        }
        if (r.body().contains("<script>") || r.body().contains(TEN_KB)) {
            return "echoes the bad input back: " + AuthorisationMatrixTest.abbreviate(r.body());
        }
        return null;
    }

    /** Everything the requests could have written, for the own hotel and globally. */
    static String snapshot(StaffWorld w) {
        long h = w.own.hotel().getId();
        return String.join("\n",
                Sql.rows(w.b, "SELECT id, status, guest_name, arrival, departure, adults, confirmation_code, external_id,"
                        + " room_id, updated_at FROM reservation WHERE hotel_id = ? ORDER BY id", h).toString(),
                Sql.rows(w.b, "SELECT id, status, current_reservation_id, key_sequence FROM room WHERE hotel_id = ?"
                        + " ORDER BY id", h).toString(),
                Sql.rows(w.b, "SELECT id, status FROM key_card WHERE hotel_id = ? ORDER BY id", h).toString(),
                Sql.rows(w.b, "SELECT id, token_hash, enabled FROM kiosk WHERE hotel_id = ? ORDER BY id", h).toString(),
                Sql.rows(w.b, "SELECT id, state FROM checkin_session WHERE hotel_id = ? ORDER BY id", h).toString(),
                Sql.rows(w.b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ?", h).toString(),
                Sql.rows(w.b, "SELECT webhook_url, webhook_secret_enc FROM integration_client WHERE id = ?",
                        w.client.getId()).toString(),
                Sql.rows(w.b, "SELECT COUNT(*) FROM reservation").toString());
    }
}
