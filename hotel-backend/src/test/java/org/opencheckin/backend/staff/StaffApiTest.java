package org.opencheckin.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.service.KeyCardSigner;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;

/** What the staff API does, checked in the database as well as in its answers; H2 and MariaDB. */
class StaffApiTest {

    static List<String> backends() {
        return StaffBackends.names();
    }

    private static StaffWorld world(String backend) {
        return StaffWorld.create(StaffBackends.byName(backend));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void loginRefusesWrongPasswordsAndDisabledUsersAlike(String backend) {
        StaffWorld w = world(backend);
        String user = "fd-" + w.ownCode().toLowerCase();
        Backend.Response wrong = w.b.post("/api/v1/auth/login", null, "{\"username\":\"" + user + "\",\"password\":\"x\"}");
        Backend.Response unknown = w.b.post("/api/v1/auth/login", null, "{\"username\":\"nobody-at-all\",\"password\":\"x\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.problemCode()).isEqualTo(unknown.problemCode()).isEqualTo("invalid-credentials");
        assertThat(w.b.get("/api/v1/staff/reservations", "not.a.jwt").status()).isEqualTo(401);
        String forged = w.frontDesk.substring(0, w.frontDesk.lastIndexOf('.') + 1) + "AAAA";
        assertThat(w.b.get("/api/v1/staff/reservations", forged).status()).isEqualTo(401);
        assertThat(w.b.get("/api/v1/staff/reservations", w.frontDesk).status()).isEqualTo(200);
        Sql.update(w.b, "UPDATE staff_user SET enabled = FALSE WHERE username = ?", user);
        // the token is still valid, the user is not (the check cache is 0 s in the tests, 30 s by default)
        Backend.Response afterDisable = w.b.get("/api/v1/staff/reservations", w.frontDesk);
        assertThat(afterDisable.status()).isEqualTo(401);
        assertThat(afterDisable.problemCode()).isEqualTo("staff-user-disabled");
        // the password is right, the user is disabled: same answer as a wrong password
        Backend.Response disabled = w.b.post("/api/v1/auth/login", null, "{\"username\":\"" + user + "\",\"password\":\"x\"}");
        assertThat(disabled.status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void repeatedWrongPasswordsLockTheUsernameOutEvenForTheRightPassword(String backend) {
        StaffWorld w = world(backend);
        String user = "fd-" + w.ownCode().toLowerCase();
        String wrong = "{\"username\":\"" + user + "\",\"password\":\"guess\"}";
        for (int i = 0; i < TestBackends.LOGIN_FREE_ATTEMPTS; i++) {
            assertThat(w.b.post("/api/v1/auth/login", null, wrong).status()).isEqualTo(401);
        }
        Backend.Response locked = w.b.post("/api/v1/auth/login", null,
                "{\"username\":\"" + user.toUpperCase() + "\",\"password\":\"" + w.password + "\"}");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.problemCode()).isEqualTo("too-many-attempts");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 30L);
        // another clerk of the same hotel signs in as usual, and tokens already issued still work
        assertThat(w.login("mgr-" + w.ownCode().toLowerCase(), w.password)).isNotBlank();
        assertThat(w.b.get("/api/v1/staff/reservations", w.frontDesk).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void theIntegrationTokenEndpointLocksAClientIdOutAlike(String backend) {
        StaffWorld w = world(backend);
        String wrong = "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + w.client.getClientId()
                + "\",\"client_secret\":\"guess\"}";
        for (int i = 0; i < TestBackends.LOGIN_FREE_ATTEMPTS; i++) {
            assertThat(w.b.post("/api/v1/oauth/token", null, wrong).status()).isEqualTo(401);
        }
        Backend.Response locked = w.b.post("/api/v1/oauth/token", null, "{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + w.client.getClientId() + "\",\"client_secret\":\"" + w.clientSecret + "\"}");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.problemCode()).isEqualTo("too-many-attempts");
        assertThat(locked.header("Retry-After")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void reservationsAreSearchedCreatedEditedAndCancelled(String backend) {
        StaffWorld w = world(backend);
        Reservation r = w.booked();
        String today = LocalDate.now(ZoneId.of("UTC")).toString();

        Backend.Response byName = w.b.get("/api/v1/staff/reservations?q=" + "walker", w.frontDesk);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.body()).contains(r.getConfirmationCode()).doesNotContain(w.other.hotel().getCode());
        Backend.Response byCode = w.b.get("/api/v1/staff/reservations?q=" + r.getConfirmationCode().toLowerCase(), w.frontDesk);
        assertThat(byCode.body()).contains("\"reservationId\":" + r.getId());
        Backend.Response detail = w.b.get("/api/v1/staff/reservations/" + r.getId(), w.frontDesk);
        assertThat((Boolean) detail.get("documentOnFile")).isTrue();
        assertThat(detail.body()).as("the document number never leaves the backend").doesNotContain(w.documentNumber(r));

        LocalDate t = LocalDate.now(ZoneId.of("UTC"));
        Backend.Response created = w.b.post("/api/v1/staff/reservations", w.frontDesk,
                "{\"confirmationCode\":\"desk-" + w.ownCode() + "\",\"guestName\":\"Anna-Lena O'Brien\",\"documentType\":\"PASSPORT\","
                        + "\"documentNumber\":\"X1234567\",\"arrival\":\"" + t + "\",\"departure\":\"" + t.plusDays(3)
                        + "\",\"adults\":2,\"roomType\":\"STD\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Number id = created.get("reservationId");
        assertThat((String) created.get("confirmationCode")).isEqualTo("DESK-" + w.ownCode());
        Object enc = Sql.value(w.b, "SELECT document_number_enc FROM reservation WHERE id = ?", id.longValue());
        assertThat(enc).isNotNull();
        assertThat(enc.toString()).doesNotContain("X1234567");
        // the kiosk finds it by the document
        String session = w.started();
        Backend.Response doc = w.kiosk(session, "/document", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"X1234567\","
                + "\"fullName\":\"ANNA LENA OBRIEN\",\"birthDate\":\"1980-01-01\",\"expiryDate\":\"" + t.plusYears(2) + "\"}");
        assertThat(doc.status()).as(doc.body()).isEqualTo(200);
        assertThat(doc.body()).contains("\"reservationId\":" + id);

        Backend.Response duplicate = w.b.post("/api/v1/staff/reservations", w.frontDesk,
                "{\"confirmationCode\":\"DESK-" + w.ownCode() + "\",\"guestName\":\"Other Guest\",\"arrival\":\"" + t
                        + "\",\"departure\":\"" + t.plusDays(1) + "\",\"adults\":1,\"roomType\":\"STD\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemCode()).isEqualTo("confirmation-code-taken");

        Backend.Response edited = w.b.send("PUT", "/api/v1/staff/reservations/" + id, w.frontDesk,
                "{\"guestName\":\"Anna-Lena O'Brien\",\"arrival\":\"" + t + "\",\"departure\":\"" + t.plusDays(5)
                        + "\",\"adults\":1,\"roomType\":\"STD\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat((String) edited.get("departure")).isEqualTo(t.plusDays(5).toString());
        assertThat((Boolean) edited.get("documentOnFile")).as("document kept when the edit names none").isTrue();

        assertThat(w.b.post("/api/v1/staff/reservations/" + id + "/cancel", w.frontDesk, null).status()).isEqualTo(403);
        Backend.Response cancelled = w.b.post("/api/v1/staff/reservations/" + id + "/cancel", w.manager, null);
        assertThat((String) cancelled.get("status")).isEqualTo("CANCELLED");
        Backend.Response again = w.b.post("/api/v1/staff/reservations/" + id + "/cancel", w.manager, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("illegal-reservation-status");
        assertThat(w.b.get("/api/v1/staff/reservations?status=CANCELLED&arrival=" + today, w.admin).body())
                .contains("\"reservationId\":" + id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void deskCheckInGivesARoomAndSignedKeysAndCheckOutTakesThemBack(String backend) {
        StaffWorld w = world(backend);
        Reservation r = w.booked();
        Backend.Response in = w.b.post("/api/v1/staff/reservations/" + r.getId() + "/check-in", w.frontDesk,
                "{\"roomNumber\":\"105\",\"keyCount\":2}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat((String) in.get("roomNumber")).isEqualTo("105");
        List<Map<String, Object>> keys = in.get("keys");
        assertThat(keys).hasSize(2);
        byte[] secret = w.own.keySecret().getBytes(StandardCharsets.UTF_8);
        for (Map<String, Object> k : keys) {
            byte[] payload = Base64.getDecoder().decode((String) k.get("payload"));
            assertThat(KeyCardSigner.verify(payload, secret)).isTrue();
        }
        assertThat((Boolean) keys.get(0).get("duplicate")).isFalse();
        assertThat((Boolean) keys.get(1).get("duplicate")).isTrue();
        assertThat(Sql.value(w.b, "SELECT status FROM room WHERE hotel_id = ? AND room_number = '105'",
                w.own.hotel().getId())).isEqualTo("OCCUPIED");
        assertThat(Sql.value(w.b, "SELECT status FROM reservation WHERE id = ?", r.getId())).isEqualTo("CHECKED_IN");

        Backend.Response busy = w.b.post("/api/v1/staff/reservations/" + w.booked().getId() + "/check-in", w.frontDesk,
                "{\"roomNumber\":\"105\",\"keyCount\":1}");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.problemCode()).isEqualTo("room-not-ready");

        long serial = ((Number) keys.get(0).get("keySerial")).longValue();
        Backend.Response reissued = w.b.post("/api/v1/staff/keys/" + serial + "/reissue", w.frontDesk, "{\"count\":1}");
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(200);
        assertThat(((Number) reissued.get("keySequence")).longValue())
                .isGreaterThan(((Number) keys.get(0).get("keySequence")).longValue());
        assertThat(Sql.count(w.b, "SELECT COUNT(*) FROM key_card WHERE reservation_id = ? AND status = 'REVOKED'", r.getId()))
                .as("both older cards are locked out").isEqualTo(2);
        List<Map<String, Object>> newKeys = reissued.get("keys");
        long newSerial = ((Number) newKeys.get(0).get("keySerial")).longValue();
        Backend.Response revoked = w.b.post("/api/v1/staff/keys/" + serial + "/revoke", w.frontDesk, null);
        assertThat(revoked.status()).isEqualTo(409);
        assertThat(revoked.problemCode()).isEqualTo("key-not-live");

        Backend.Response listed = w.b.get("/api/v1/staff/keys?reservationId=" + r.getId(), w.frontDesk);
        assertThat(listed.body()).contains("\"keySerial\":" + newSerial).doesNotContain("payload");

        Backend.Response out = w.b.post("/api/v1/staff/reservations/" + r.getId() + "/check-out", w.frontDesk, null);
        assertThat((String) out.get("status")).isEqualTo("CHECKED_OUT");
        assertThat(Sql.value(w.b, "SELECT status FROM room WHERE hotel_id = ? AND room_number = '105'",
                w.own.hotel().getId())).isEqualTo("VACANT_DIRTY");
        assertThat(Sql.count(w.b, "SELECT COUNT(*) FROM key_card WHERE reservation_id = ? AND status <> 'REVOKED'",
                r.getId())).isZero();
        assertThat(w.b.post("/api/v1/staff/keys/" + newSerial + "/reissue", w.frontDesk, "{\"count\":1}").problemCode())
                .isEqualTo("guest-not-in-room");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void approvedEscalationLetsTheKioskContinueAndDeniedOneEndsIt(String backend) {
        StaffWorld w = world(backend);
        String approved = w.escalated();
        String denied = w.escalated();
        Backend.Response queue = w.b.get("/api/v1/staff/escalations", w.frontDesk);
        assertThat(queue.body()).contains(approved).contains(denied).contains("staff-verification-requested");

        Backend.Response ok = w.b.post("/api/v1/staff/escalations/" + approved + "/approve", w.frontDesk, "{\"note\":\"passport seen\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat((String) ok.get("state")).isEqualTo("IDENTITY_VERIFIED");
        assertThat((String) w.b.get("/api/v1/checkins/" + approved, w.own.kioskToken()).get("state")).isEqualTo("IDENTITY_VERIFIED");
        assertThat(w.kiosk(approved, "/room", "{}").status()).isEqualTo(200);
        Backend.Response keys = w.kiosk(approved, "/keys", "{\"count\":1}", "Idempotency-Key", "a-" + approved);
        assertThat(keys.status()).isEqualTo(200);
        assertThat(w.b.post("/api/v1/staff/escalations/" + approved + "/approve", w.frontDesk, "{}").problemCode())
                .isEqualTo("illegal-state");

        Backend.Response no = w.b.post("/api/v1/staff/escalations/" + denied + "/deny", w.frontDesk, "{\"reason\":\"not the guest\"}");
        assertThat((String) no.get("state")).isEqualTo("FAILED");
        assertThat(w.kiosk(denied, "/room", "{}").status()).isEqualTo(409);
        assertThat(w.b.get("/api/v1/staff/escalations", w.frontDesk).body()).doesNotContain(denied).doesNotContain(approved);
        assertThat(Sql.count(w.b, "SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'checkin.escalation-denied'"
                + " AND actor_type = 'STAFF'", denied)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void approvingASessionThatHeldARoomGivesTheRoomBackFirst(String backend) {
        StaffWorld w = world(backend);
        String id = w.roomAssigned();
        Long roomId = ((Number) Sql.value(w.b, "SELECT room_id FROM checkin_session WHERE id = ?", id)).longValue();
        assertThat(w.kiosk(id, "/escalate", "{\"reason\":\"card not accepted\"}").status()).isEqualTo(200);
        assertThat(w.b.post("/api/v1/staff/escalations/" + id + "/approve", w.manager, "{}").status()).isEqualTo(200);
        assertThat(Sql.rows(w.b, "SELECT status, current_reservation_id FROM room WHERE id = ?", roomId).get(0))
                .containsExactly("VACANT_CLEAN", null);
        assertThat(w.kiosk(id, "/room", "{}").status()).isEqualTo(200);
        assertThat(Sql.count(w.b, "SELECT COUNT(*) FROM room WHERE current_reservation_id ="
                + " (SELECT reservation_id FROM checkin_session WHERE id = ?)", id)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void roomStatusChangesOnlyOnVacantRooms(String backend) {
        StaffWorld w = world(backend);
        long vacant = w.vacantRoom();
        Backend.Response ooo = w.b.send("PUT", "/api/v1/staff/rooms/" + vacant + "/status", w.frontDesk, "{\"status\":\"OUT_OF_ORDER\"}");
        assertThat((String) ooo.get("status")).isEqualTo("OUT_OF_ORDER");
        Backend.Response occupied = w.b.send("PUT", "/api/v1/staff/rooms/" + vacant + "/status", w.frontDesk, "{\"status\":\"OCCUPIED\"}");
        assertThat(occupied.status()).isEqualTo(400);
        long[] guest = w.checkedIn();
        Object room = Sql.value(w.b, "SELECT room_id FROM reservation WHERE id = ?", guest[0]);
        Backend.Response held = w.b.send("PUT", "/api/v1/staff/rooms/" + room + "/status", w.frontDesk, "{\"status\":\"VACANT_CLEAN\"}");
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.problemCode()).isEqualTo("room-occupied");
        assertThat(Sql.value(w.b, "SELECT status FROM room WHERE id = ?", room)).isEqualTo("OCCUPIED");
        Backend.Response list = w.b.get("/api/v1/staff/rooms?status=OUT_OF_ORDER", w.frontDesk);
        assertThat(list.body()).contains("\"roomId\":" + vacant).contains("\"roomNumber\":\"901\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void kioskTokensAreIssuedRotatedAndDisabled(String backend) {
        StaffWorld w = world(backend);
        Backend.Response reg = w.b.post("/api/v1/staff/kiosks", w.admin, "{\"code\":\"LOBBY-2\",\"name\":\"Lobby 2\"}");
        assertThat(reg.status()).as(reg.body()).isEqualTo(201);
        String token = reg.get("token");
        long id = ((Number) ((Map<?, ?>) reg.get("kiosk")).get("kioskId")).longValue();
        assertThat(w.b.post("/api/v1/checkins", token, null).status()).isEqualTo(201);
        assertThat(Sql.value(w.b, "SELECT token_hash FROM kiosk WHERE id = ?", id).toString()).doesNotContain(token);
        assertThat(w.b.post("/api/v1/staff/kiosks", w.admin, "{\"code\":\"LOBBY-2\",\"name\":\"Again\"}").status()).isEqualTo(409);

        Backend.Response rotated = w.b.post("/api/v1/staff/kiosks/" + id + "/rotate-token", w.admin, null);
        String newToken = rotated.get("token");
        assertThat(newToken).isNotEqualTo(token);
        assertThat(w.b.post("/api/v1/checkins", token, null).status()).isEqualTo(401);
        assertThat(w.b.post("/api/v1/checkins", newToken, null).status()).isEqualTo(201);

        assertThat((Boolean) w.b.post("/api/v1/staff/kiosks/" + id + "/disable", w.admin, null).get("enabled")).isFalse();
        assertThat(w.b.post("/api/v1/checkins", newToken, null).status()).isEqualTo(401);
        assertThat(w.b.get("/api/v1/staff/kiosks", w.manager).body()).contains("LOBBY-2");
        long otherKiosk = ((Number) Sql.value(w.b, "SELECT id FROM kiosk WHERE hotel_id = ?", w.other.hotel().getId())).longValue();
        assertThat(w.b.post("/api/v1/staff/kiosks/" + otherKiosk + "/disable", w.admin, null).status())
                .as("a kiosk of another chain is not found").isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void auditLogVerifiesItsHashChainAndFindsTampering(String backend) {
        StaffWorld w = world(backend);
        w.checkedIn();
        w.keysIssued();
        AuditTrail trail = w.b.bean(AuditTrail.class);
        trail.seal(w.own.hotel().getId()); // what the AuditSealJob does every second
        Backend.Response page = w.b.get("/api/v1/staff/audit?limit=3", w.manager);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat((Boolean) page.get("chainIntact")).isTrue();
        List<Map<String, Object>> entries = page.get("entries");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).get("prevHash")).isEqualTo("0".repeat(64));
        assertThat(entries.get(1).get("prevHash")).isEqualTo(entries.get(0).get("entryHash"));
        Backend.Response next = w.b.get("/api/v1/staff/audit?afterId=" + page.get("nextAfterId"), w.manager);
        List<Map<String, Object>> rest = next.get("entries");
        assertThat(rest.get(0).get("prevHash")).isEqualTo(entries.get(2).get("entryHash"));
        assertThat(entries).anyMatch(e -> "reservation.desk-checked-in".equals(e.get("action")));
        assertThat(rest).anyMatch(e -> "checkin.keys-issued".equals(e.get("action")));

        long victim = ((Number) rest.get(1).get("id")).longValue();
        Sql.update(w.b, "UPDATE audit_event SET detail = 'room=999' WHERE id = ?", victim);
        assertThat((Number) rest.get(1).get("chainSeq")).isNotNull();
        Backend.Response broken = w.b.get("/api/v1/staff/audit", w.admin);
        assertThat((Boolean) broken.get("chainIntact")).isFalse();
        assertThat(((Number) broken.get("firstBrokenId")).longValue()).isEqualTo(victim);
        StaffWorld elsewhere = StaffWorld.create(w.b);
        elsewhere.checkedIn();
        trail.seal(elsewhere.own.hotel().getId());
        assertThat((Boolean) w.b.get("/api/v1/staff/audit", elsewhere.manager).get("chainIntact"))
                .as("another hotel's chain is unaffected").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void statisticsCountSessionsDecisionsAndDeskCheckIns(String backend) {
        StaffWorld w = world(backend);
        String[] done = w.keysIssued();
        w.kiosk(done[0], "/keys/" + done[1] + "/dispensed", null);
        assertThat(w.kiosk(done[0], "/complete", null).status()).isEqualTo(200);
        w.escalated();
        assertThat(w.kiosk(w.started(), "/abandon", null).status()).isEqualTo(200);
        w.checkedIn();
        Backend.Response s = w.b.get("/api/v1/staff/statistics", w.manager);
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        assertThat(((Number) s.get("sessionsStarted")).intValue()).isEqualTo(3);
        Map<String, Object> byState = s.get("sessionsByState");
        assertThat(byState).containsEntry("COMPLETED", 1).containsEntry("ESCALATED", 1).containsEntry("ABANDONED", 1);
        assertThat(((Number) s.get("escalated")).intValue()).isEqualTo(1);
        assertThat(((Number) s.get("deskCheckins")).intValue()).isEqualTo(1);
        assertThat((Double) s.get("completionRate")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Map<String, Object>) s.get("faceDecisions")).containsEntry("MATCH", 1).containsEntry("REVIEW", 1);
        assertThat((Map<String, Object>) s.get("arrivalsByStatus")).containsEntry("CHECKED_IN", 2).containsEntry("BOOKED", 1);

        LocalDate today = LocalDate.parse(s.get("to"));
        Backend.Response range = w.b.get("/api/v1/staff/statistics?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                w.manager);
        List<Map<String, Object>> days = range.get("days");
        assertThat(days).extracting(d -> d.get("date")).containsExactly(today.minusDays(1).toString(), today.toString(),
                today.plusDays(1).toString());
        assertThat(days.get(1)).containsEntry("sessionsStarted", 3).containsEntry("kioskCheckins", 1)
                .containsEntry("escalated", 1).containsEntry("deskCheckins", 1);
        for (Map<String, Object> other : List.of(days.get(0), days.get(2))) {
            assertThat(other).containsEntry("sessionsStarted", 0).containsEntry("kioskCheckins", 0)
                    .containsEntry("escalated", 0).containsEntry("deskCheckins", 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void theHotelCallGivesItsTodayAndItsRoomTypesWithTheirRooms(String backend) {
        StaffWorld w = world(backend);
        Backend.Response h = w.b.get("/api/v1/staff/hotel", w.frontDesk);
        assertThat(h.status()).as(h.body()).isEqualTo(200);
        assertThat((String) h.get("code")).isEqualTo(w.ownCode());
        String zone = h.get("timeZone");
        assertThat(LocalDate.parse(h.get("today"))).isEqualTo(LocalDate.now(ZoneId.of(zone)));
        assertThat((String) h.get("checkOutTime")).matches("\\d\\d:\\d\\d");
        List<Map<String, Object>> types = h.get("roomTypes");
        long rooms = ((Number) Sql.value(w.b, "SELECT COUNT(*) FROM room WHERE hotel_id = ?", w.own.hotel().getId())).longValue();
        assertThat(types).isNotEmpty().allSatisfy(t -> assertThat(((Number) t.get("maxAdults")).intValue()).isPositive());
        assertThat(types.stream().mapToLong(t -> ((Number) t.get("rooms")).longValue()).sum()).isEqualTo(rooms);
        assertThat(w.b.get("/api/v1/staff/hotel?hotel=" + w.other.hotel().getCode(), w.frontDesk).status())
                .as("another chain's hotel").isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void staffSeeOnlyTheirHotels(String backend) {
        StaffWorld w = world(backend);
        Reservation foreign = StaffWorld.create(w.b).booked();
        Backend.Response byId = w.b.get("/api/v1/staff/reservations/" + foreign.getId(), w.admin);
        assertThat(byId.status()).isEqualTo(404);
        assertThat(byId.problemCode()).isEqualTo("reservation-not-found");
        assertThat(w.b.post("/api/v1/staff/reservations/" + foreign.getId() + "/cancel", w.admin, null).status()).isEqualTo(404);
        Backend.Response otherHotel = w.b.get("/api/v1/staff/rooms?hotel=" + w.other.hotel().getCode(), w.frontDesk);
        assertThat(otherHotel.status()).isEqualTo(403);
        assertThat(otherHotel.problemCode()).isEqualTo("hotel-not-in-scope");
        assertThat(w.b.get("/api/v1/staff/rooms?hotel=NOSUCHHOTEL", w.admin).status()).isEqualTo(404);
        assertThat(w.b.get("/api/v1/staff/rooms?hotel=" + w.ownCode(), w.admin).status()).isEqualTo(200);
        assertThat(Sql.value(w.b, "SELECT status FROM reservation WHERE id = ?", foreign.getId())).isEqualTo("BOOKED");
    }
}
