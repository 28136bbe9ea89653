package org.opencheckin.admin.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the hotel backend's staff API as this UI reads them (hotel-backend README, "Staff API").
 * Enum values travel as strings: a state the backend adds later shows up as text instead of breaking a page.
 */
public final class StaffApi {
    private StaffApi() {
    }

    @Serdeable
    public record LoginRequest(String username, String password) {
    }

    @Serdeable
    public record LoginResult(String accessToken, String tokenType, long expiresIn, String username, String role) {
    }

    @Serdeable
    public record Reservation(long reservationId, String hotelCode, String confirmationCode,
                              @Nullable String externalId, String guestName, @Nullable String documentType,
                              boolean documentOnFile, LocalDate arrival, LocalDate departure, int adults,
                              String roomType, String status, @Nullable String roomNumber,
                              @Nullable Instant checkedInAt, @Nullable Instant checkedOutAt) {
    }

    /**
     * A reservation taken at the desk ({@code POST /reservations}); null fields are left out of the JSON, so the
     * backend generates the confirmation code and stores no document when they are absent.
     */
    @Serdeable
    public record ReservationCreate(@Nullable String confirmationCode, String guestName, @Nullable String documentType,
                                    @Nullable String documentNumber, LocalDate arrival, LocalDate departure,
                                    int adults, String roomType) {
    }

    /** The whole editable content of a BOOKED reservation ({@code PUT /reservations/{id}}); no document: kept. */
    @Serdeable
    public record ReservationEdit(String guestName, @Nullable String documentType, @Nullable String documentNumber,
                                  LocalDate arrival, LocalDate departure, int adults, String roomType) {
    }

    /**
     * {@code GET /statistics}: kiosk sessions started on the hotel's local days {@code from..to} by state, how many
     * were escalated, completed / started, start-to-completion seconds, face decisions, check-ins done at the desk
     * (all check-ins of those days minus completed kiosk sessions), and the days' arrivals by reservation status.
     */
    @Serdeable
    public record Statistics(String hotelCode, LocalDate from, LocalDate to, long sessionsStarted,
                             @Nullable Map<String, Long> sessionsByState, long escalated, double completionRate,
                             @Nullable Long medianCompletionSeconds, @Nullable Long p95CompletionSeconds,
                             @Nullable Map<String, Long> faceDecisions, long deskCheckins,
                             @Nullable Map<String, Long> arrivalsByStatus, @Nullable List<DayStatistics> days) {
        /** The backend leaves empty maps and lists out of its JSON: absent means nothing counted. */
        public Statistics {
            sessionsByState = sessionsByState == null ? Map.of() : sessionsByState;
            faceDecisions = faceDecisions == null ? Map.of() : faceDecisions;
            arrivalsByStatus = arrivalsByStatus == null ? Map.of() : arrivalsByStatus;
            days = days == null ? List.of() : days;
        }
    }

    /** {@code GET /hotel}: the hotel's time zone, local today, check-out time and room types. */
    @Serdeable
    public record HotelInfo(String code, String name, String timeZone, LocalDate today, String checkOutTime,
                            @Nullable List<RoomTypeInfo> roomTypes) {
        public HotelInfo {
            roomTypes = roomTypes == null ? List.of() : roomTypes;
        }
    }

    /** A room type a reservation may name: how many adults it takes and how many rooms the hotel has of it. */
    @Serdeable
    public record RoomTypeInfo(String code, String name, int maxAdults, long rooms) {
    }

    /** One local day of a statistics range: sessions started, kiosk and desk check-ins, escalations. */
    @Serdeable
    public record DayStatistics(LocalDate date, long sessionsStarted, long kioskCheckins, long escalated,
                                long deskCheckins) {
    }

    @Serdeable
    public record Escalation(String checkinId, @Nullable String kioskCode, String state,
                             @Nullable Instant escalatedAt, @Nullable String reason,
                             @Nullable String identityMethod, @Nullable String decision,
                             @Nullable Double faceScore, @Nullable Double livenessScore,
                             @Nullable Reservation reservation, @Nullable List<Reservation> candidates,
                             @Nullable String documentType) {
    }

    @Serdeable
    public record ApproveRequest(@Nullable Long reservationId, @Nullable String note) {
    }

    @Serdeable
    public record DenyRequest(String reason) {
    }

    @Serdeable
    public record EscalationDecision(String checkinId, String state, @Nullable Long reservationId) {
    }

    @Serdeable
    public record Room(long roomId, String roomNumber, int floor, String roomType, String status,
                       @Nullable String features, long keySequence, @Nullable Long reservationId) {
    }

    @Serdeable
    public record RoomStatusRequest(String status) {
    }

    @Serdeable
    public record Key(long keySerial, String roomNumber, long keySequence, Instant validFrom, Instant validTo,
                      String status, boolean duplicate, @Nullable String checkinId,
                      @Nullable Long reservationId, Instant issuedAt) {
    }

    @Serdeable
    public record ReissueRequest(int count) {
    }

    @Serdeable
    public record KeysIssued(long reservationId, String roomNumber, long keySequence, List<Key> keys) {
    }

    @Serdeable
    public record Kiosk(long kioskId, String hotelCode, String code, String name, boolean enabled,
                       @Nullable Instant lastHeartbeatAt, @Nullable String deviceStatus) {
    }

    /** A kiosk and its new bearer token, shown once. */
    @Serdeable
    public record KioskCredentials(Kiosk kiosk, String token) {
    }

    @Serdeable
    public record AuditEntry(long id, Instant occurredAt, String actorType, String actorId, String action,
                             String subjectType, String subjectId, @Nullable String detail,
                             @Nullable Long chainSeq, @Nullable String prevHash, @Nullable String entryHash) {
    }

    @Serdeable
    public record AuditPage(String hotelCode, boolean chainIntact, @Nullable Long firstBrokenId, boolean tailDeleted,
                            List<AuditEntry> entries, @Nullable Long nextAfterId) {
    }

    /** {@code application/problem+json} as the backend writes it; {@code errors} names the rejected body fields. */
    @Serdeable
    public record Problem(@Nullable String type, @Nullable String title, int status, @Nullable String detail,
                          @Nullable String code, @Nullable List<FieldError> errors) {
    }

    /** One rejected field of a request body, by its JSON name ({@code guestName}, {@code departure}, ...). */
    @Serdeable
    public record FieldError(String field, String message) {
    }
}
