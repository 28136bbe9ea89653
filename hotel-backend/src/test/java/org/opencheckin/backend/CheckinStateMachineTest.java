package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.job.SessionExpiryJob;
import org.opencheckin.backend.model.CheckinState;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.service.CheckinService;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;
import org.opencheckin.backend.support.TestHotel;

/** The check-in state machine: its transition table, face decisions, escalation, abandon and expiry. */
class CheckinStateMachineTest {

    @Test
    void transitionTableIsTheDocumentedOne() {
        assertThat(CheckinState.STARTED.canMoveTo(CheckinState.DOCUMENT_VERIFIED)).isTrue();
        assertThat(CheckinState.STARTED.canMoveTo(CheckinState.ROOM_ASSIGNED)).isFalse();
        assertThat(CheckinState.DOCUMENT_VERIFIED.canMoveTo(CheckinState.KEYS_ISSUED)).isFalse();
        assertThat(CheckinState.KEYS_ISSUED.canMoveTo(CheckinState.COMPLETED)).isTrue();
        assertThat(CheckinState.ESCALATED.canMoveTo(CheckinState.IDENTITY_VERIFIED)).isTrue();
        assertThat(CheckinState.ESCALATED.canMoveTo(CheckinState.EXPIRED)).isFalse();
        for (CheckinState terminal : EnumSet.of(CheckinState.COMPLETED, CheckinState.ABANDONED, CheckinState.EXPIRED,
                CheckinState.FAILED)) {
            assertThat(terminal.isTerminal()).isTrue();
            for (CheckinState any : CheckinState.values()) {
                assertThat(terminal.canMoveTo(any)).as(terminal + "->" + any).isFalse();
            }
        }
    }

    static List<String> backends() {
        return TestBackends.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void faceScoresAreDecidedByTheHotelPolicy(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 1, 4);
        Object[][] cases = {
                {0, 0.45, 0.9, "MATCH", "IDENTITY_VERIFIED"},
                {1, 0.40, 0.9, "REVIEW", "ESCALATED"},
                {2, 0.37, 0.9, "NO_MATCH", "ESCALATED"},
                {3, 0.90, 0.1, "NO_MATCH", "ESCALATED"}};
        for (Object[] c : cases) {
            int i = (int) c[0];
            String id = hotel.start().get("checkinId");
            assertThat(hotel.post(id, "/document", hotel.documentJson(i)).status()).isEqualTo(200);
            Backend.Response r = hotel.post(id, "/identity", "{\"method\":\"FACE\",\"faceScore\":" + c[1]
                    + ",\"livenessScore\":" + c[2] + ",\"modelId\":\"m1\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat((String) r.get("decision")).as("score %s", c[1]).isEqualTo(c[3]);
            assertThat((String) r.get("state")).isEqualTo(c[4]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void abandonGivesTheRoomBackAndRevokesKeys(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 1, 2);
        String id = hotel.toKeysIssued(0, 1);
        assertThat(Sql.value(b, "SELECT status FROM room WHERE room_number = '100' AND hotel_id = ?", hotel.hotel().getId()))
                .isEqualTo("OCCUPIED");
        Backend.Response r = hotel.post(id, "/abandon", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat((String) r.get("state")).isEqualTo("ABANDONED");
        assertThat(hotel.post(id, "/abandon", null).status()).isEqualTo(200); // repeatable
        assertThat(Sql.value(b, "SELECT status FROM room WHERE room_number = '100' AND hotel_id = ?", hotel.hotel().getId()))
                .isEqualTo("VACANT_CLEAN");
        assertThat(Sql.value(b, "SELECT status FROM key_card WHERE checkin_id = ?", id)).isEqualTo("REVOKED");
        // Ended sessions refuse every further step.
        assertThat(hotel.post(id, "/room", "{}").status()).isEqualTo(409);
        assertThat(hotel.post(id, "/escalate", "{\"reason\":\"late\"}").status()).isEqualTo(409);
        // The next guest gets the room, and a "new" key issue raises the lock sequence.
        String next = hotel.toKeysIssued(1, 1);
        Backend.Response view = b.get("/api/v1/checkins/" + next, hotel.kioskToken());
        List<Map<String, Object>> keys = view.get("keys");
        assertThat(((Number) keys.get(0).get("keySequence")).intValue()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void idleSessionsExpireAndReleaseTheirRoom(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 1, 1);
        String id = hotel.toIdentityVerified(0);
        assertThat(hotel.post(id, "/room", "{}").status()).isEqualTo(200);
        Sql.update(b, "UPDATE checkin_session SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)), id);
        Backend.Response late = hotel.post(id, "/keys", "{\"count\":1}", "Idempotency-Key", "late");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemCode()).isEqualTo("session-expired");

        // (The scheduled run may have expired it first: what counts is the outcome.)
        b.bean(SessionExpiryJob.class).run();

        Backend.Response view = b.get("/api/v1/checkins/" + id, hotel.kioskToken());
        assertThat((String) view.get("state")).isEqualTo("EXPIRED");
        Map<String, Object> transitions = view.get("transitions");
        assertThat(transitions).containsKey("EXPIRED");
        assertThat(Sql.value(b, "SELECT status FROM room WHERE room_number = '100' AND hotel_id = ?", hotel.hotel().getId()))
                .isEqualTo("VACANT_CLEAN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void escalationWaitsForStaff(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 1, 1);
        String id = hotel.start().get("checkinId");
        assertThat(hotel.post(id, "/document", hotel.documentJson(0)).status()).isEqualTo(200);
        Backend.Response staff = hotel.post(id, "/identity", "{\"method\":\"STAFF\"}");
        assertThat((String) staff.get("decision")).isEqualTo("REVIEW");
        assertThat((String) staff.get("state")).isEqualTo("ESCALATED");
        assertThat(hotel.post(id, "/room", "{}").status()).isEqualTo(409);
        Backend.Response again = hotel.post(id, "/escalate", "{\"reason\":\"guest asks for help\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("illegal-transition");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void staffApproveOrDenyEscalations(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 2, 2);
        CheckinService service = b.bean(CheckinService.class);
        AuditTrail.Actor staff = new AuditTrail.Actor("STAFF", "desk-1");
        String approved = hotel.start().get("checkinId");
        hotel.post(approved, "/document", hotel.documentJson(0));
        hotel.post(approved, "/identity", "{\"method\":\"STAFF\"}");
        assertThat(service.approveEscalation(hotel.hotel().getId(), approved, staff).state())
                .isEqualTo(CheckinState.IDENTITY_VERIFIED);
        assertThat(hotel.post(approved, "/room", "{}").status()).isEqualTo(200);

        String denied = hotel.toIdentityVerified(1);
        assertThat(hotel.post(denied, "/room", "{}").status()).isEqualTo(200);
        assertThat(hotel.post(denied, "/escalate", "{\"reason\":\"dispenser jam\"}").status()).isEqualTo(200);
        assertThat(service.denyEscalation(hotel.hotel().getId(), denied, staff).state()).isEqualTo(CheckinState.FAILED);
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM room WHERE hotel_id = ? AND status = 'VACANT_CLEAN'",
                hotel.hotel().getId())).isEqualTo(1);
        // A kiosk of another hotel id cannot be approved through this hotel.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.approveEscalation(hotel.hotel().getId() + 100_000,
                approved, staff)).isInstanceOf(org.opencheckin.backend.error.ApiProblem.class);
    }
}
