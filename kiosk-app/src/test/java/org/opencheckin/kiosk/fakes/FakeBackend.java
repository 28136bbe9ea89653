package org.opencheckin.kiosk.fakes;

import org.opencheckin.kiosk.backend.BackendRejectedException;
import org.opencheckin.kiosk.backend.BackendUnavailableException;
import org.opencheckin.kiosk.backend.KioskBackend;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory hotel backend for flow and UI tests: one reservation per document number or code, keys
 * signed with random bytes and remembered per Idempotency-Key, switchable outages and refusals.
 */
public class FakeBackend implements KioskBackend {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final Map<String, List<Reservation>> byDocument = new HashMap<>();
    public final Map<String, List<Reservation>> byCode = new HashMap<>();
    public final Map<String, IssuedKeys> keysByIdempotencyKey = new HashMap<>();
    public final List<KioskStatus> heartbeats = new CopyOnWriteArrayList<>();
    public volatile boolean unreachable;
    public volatile int documentStatus;
    public volatile String identityDecision = "MATCH";
    public volatile String identityState = "IDENTITY_VERIFIED";
    public volatile boolean roomConflict;
    public volatile String badPayload;
    public volatile String sessionState = "STARTED";
    public volatile String roomNumber = "1204";
    private int sessions;
    private Long chosen;
    private long serials = 9000;
    private final SecureRandom random = new SecureRandom();

    public FakeBackend() {
        byDocument.put("110101199003070012", List.of(new Reservation(1L, "DEMO1204", "2026-11-28",
                "2026-11-30", "DLX", "Deluxe King", 2)));
        byCode.put("DEMO1204", byDocument.get("110101199003070012"));
        byCode.put("DEMO2", List.of(
                new Reservation(2L, "DEMO2", "2026-11-28", "2026-11-29", "TWN", "Twin", 1),
                new Reservation(3L, "DEMO2", "2026-11-28", "2026-12-01", "STE", "Suite", 3)));
        byDocument.put("L898902C3", byCode.get("DEMO2"));
    }

    private void reach(String call) {
        calls.add(call);
        if (unreachable) {
            throw new BackendUnavailableException(call, "connection refused", null);
        }
    }

    @Override
    public synchronized Checkin startCheckin() {
        reach("start");
        sessionState = "STARTED";
        chosen = null;
        return new Checkin("c-" + ++sessions, "STARTED", "2026-11-28T14:30:00Z");
    }

    @Override
    public synchronized ReservationMatches submitDocument(String checkinId, DocumentPayload document) {
        reach("document");
        if (documentStatus != 0) {
            throw new BackendRejectedException("document", documentStatus, null, "refused", "expired");
        }
        List<Reservation> found = byDocument.get(document.documentNumber());
        if (found == null) {
            throw new BackendRejectedException("document", 404, null, "Not Found", "nothing due today");
        }
        if (chosen != null) {
            found = found.stream().filter(r -> r.reservationId().equals(chosen)).toList();
            if (found.isEmpty()) {
                throw new BackendRejectedException("document", 422, "urn:opencheckin:problem:document-mismatch",
                        "Unprocessable", "document does not match the chosen reservation");
            }
        }
        sessionState = "DOCUMENT_VERIFIED";
        return new ReservationMatches(sessionState, found);
    }

    @Override
    public synchronized ReservationMatches lookup(String checkinId, String confirmationCode) {
        reach("lookup");
        List<Reservation> found = byCode.get(confirmationCode);
        if (found == null) {
            throw new BackendRejectedException("lookup", 404, null, "Not Found", "no such code");
        }
        return new ReservationMatches(sessionState, found);
    }

    @Override
    public synchronized CheckinState chooseReservation(String checkinId, long reservationId) {
        reach("reservation " + reservationId);
        chosen = reservationId;
        return new CheckinState(checkinId, sessionState, null, null);
    }

    @Override
    public synchronized IdentityResult reportIdentity(String checkinId, IdentityClaim claim) {
        reach("identity " + claim.method());
        if ("STAFF".equals(claim.method())) {
            sessionState = "ESCALATED";
            return new IdentityResult(sessionState, "REVIEW");
        }
        sessionState = identityState;
        return new IdentityResult(sessionState, identityDecision);
    }

    @Override
    public synchronized RoomAssignment assignRoom(String checkinId) {
        reach("room");
        if (roomConflict) {
            throw new BackendRejectedException("room", 409, null, "Conflict", "no room ready");
        }
        sessionState = "ROOM_ASSIGNED";
        return new RoomAssignment(sessionState, roomNumber, 12, "DLX");
    }

    @Override
    public synchronized IssuedKeys issueKeys(String checkinId, int count, String idempotencyKey) {
        reach("keys " + count);
        return keysByIdempotencyKey.computeIfAbsent(idempotencyKey, k -> {
            List<IssuedKey> keys = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] payload = new byte[48];
                random.nextBytes(payload);
                keys.add(new IssuedKey(++serials,
                        badPayload != null ? badPayload : Base64.getEncoder().encodeToString(payload),
                        "2026-11-28T14:00:00Z", "2026-11-30T12:00:00Z"));
            }
            sessionState = "KEYS_ISSUED";
            return new IssuedKeys(keys);
        });
    }

    @Override
    public void keyDispensed(String checkinId, long keySerial) {
        reach("dispensed " + keySerial);
    }

    @Override
    public void keyFailed(String checkinId, long keySerial, String reason) {
        reach("failed " + keySerial);
    }

    @Override
    public synchronized CheckinState complete(String checkinId) {
        reach("complete");
        sessionState = "COMPLETED";
        return new CheckinState(checkinId, sessionState, roomNumber, 12);
    }

    @Override
    public synchronized CheckinState escalate(String checkinId, String reason) {
        reach("escalate " + reason);
        sessionState = "ESCALATED";
        return new CheckinState(checkinId, sessionState, null, null);
    }

    @Override
    public void abandon(String checkinId) {
        reach("abandon");
        sessionState = "ABANDONED";
    }

    @Override
    public synchronized CheckinState status(String checkinId) {
        reach("status");
        return new CheckinState(checkinId, sessionState, "ROOM_ASSIGNED".equals(sessionState)
                || "KEYS_ISSUED".equals(sessionState) ? roomNumber : null, 12);
    }

    @Override
    public void heartbeat(KioskStatus status) {
        reach("heartbeat");
        heartbeats.add(status);
    }

    /** Staff in the admin web decide an escalation by moving the session to this backend state. */
    public synchronized void staffDecides(String state) {
        sessionState = state;
    }

    public long count(String callPrefix) {
        return calls.stream().filter(c -> c.startsWith(callPrefix)).count();
    }
}
