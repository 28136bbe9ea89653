package org.opencheckin.kiosk.backend;

import java.util.List;
import java.util.Map;

/**
 * The hotel backend's kiosk API (issue 2, section 5), as the flow sees it.
 *
 * <p>Contract of every method: it returns within its configured timeout (plus retries); it throws
 * {@link BackendUnavailableException} when the backend cannot be reached and {@link BackendRejectedException}
 * when it answers with a 4xx problem. Only idempotent calls are retried (see {@link HttpKioskBackend}).
 * Thread-safe.
 */
public interface KioskBackend {

    Checkin startCheckin();

    ReservationMatches submitDocument(String checkinId, DocumentPayload document);

    ReservationMatches lookup(String checkinId, String confirmationCode);

    CheckinState chooseReservation(String checkinId, long reservationId);

    IdentityResult reportIdentity(String checkinId, IdentityClaim claim);

    RoomAssignment assignRoom(String checkinId);

    /** Same idempotency key, same keys: safe to retry. */
    IssuedKeys issueKeys(String checkinId, int count, String idempotencyKey);

    void keyDispensed(String checkinId, long keySerial);

    void keyFailed(String checkinId, long keySerial, String reason);

    CheckinState complete(String checkinId);

    CheckinState escalate(String checkinId, String reason);

    void abandon(String checkinId);

    CheckinState status(String checkinId);

    void heartbeat(KioskStatus status);

    // ---- wire records: field names are the API contract -------------------------------------------

    @io.micronaut.serde.annotation.Serdeable
    record Checkin(String checkinId, String state, String expiresAt) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record DocumentPayload(String documentType, String documentNumber, String fullName, String birthDate,
                           String nationality, String expiryDate) {
        /** Never prints the document number or the name. */
        @Override
        public String toString() {
            return "DocumentPayload[documentType=" + documentType + "]";
        }
    }

    @io.micronaut.serde.annotation.Serdeable
    record Reservation(Long reservationId, String confirmationCode, String arrival, String departure,
                       String roomType, String roomTypeName, Integer adults) {

        /** The room type as guests should read it. */
        public String roomTypeLabel() {
            return roomTypeName != null && !roomTypeName.isBlank() ? roomTypeName : roomType;
        }
    }

    @io.micronaut.serde.annotation.Serdeable
    record ReservationMatches(String state, List<Reservation> reservations) {
        public ReservationMatches {
            reservations = reservations == null ? List.of() : List.copyOf(reservations);
        }
    }

    @io.micronaut.serde.annotation.Serdeable
    record IdentityClaim(String method, Double faceScore, Double livenessScore, String modelId) {

        /**
         * A face claim in the API's ranges: scores clamped to 0..1 (a cosine may be negative), the model id
         * reduced to the characters the backend accepts, at most 64 of them.
         */
        public static IdentityClaim face(Double faceScore, Double livenessScore, String modelId) {
            return new IdentityClaim("FACE", clamp(faceScore), clamp(livenessScore),
                    modelId == null ? null : truncate(modelId.replaceAll("[^A-Za-z0-9._:\\-]", "_"), 64));
        }

        private static Double clamp(Double value) {
            return value == null || value.isNaN() ? null : Math.max(0.0, Math.min(1.0, value));
        }

        private static String truncate(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max);
        }

        public static IdentityClaim staff() {
            return new IdentityClaim("STAFF", null, null, null);
        }
    }

    @io.micronaut.serde.annotation.Serdeable
    record IdentityResult(String state, String decision) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record RoomAssignment(String state, String roomNumber, Integer floor, String roomType) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record IssuedKey(Long keySerial, String payload, String validFrom, String validTo) {
        /** Never prints the payload. */
        @Override
        public String toString() {
            return "IssuedKey[keySerial=" + keySerial + "]";
        }
    }

    @io.micronaut.serde.annotation.Serdeable
    record IssuedKeys(List<IssuedKey> keys) {
        public IssuedKeys {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    /** The session as the backend sees it; {@code roomNumber}/{@code floor} once a room is assigned. */
    @io.micronaut.serde.annotation.Serdeable
    record CheckinState(String checkinId, String state, String roomNumber, Integer floor) {
    }

    /** The heartbeat body. */
    @io.micronaut.serde.annotation.Serdeable
    record KioskStatus(String flowState, boolean outOfService, boolean staffCalled,
                       Map<String, DeviceStatus> devices, int cardStock, String stackerLevel,
                       List<String> lastErrors, String faceVerification) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record DeviceStatus(String status, String detail) {
    }
}
