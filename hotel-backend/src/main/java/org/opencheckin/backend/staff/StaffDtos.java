package org.opencheckin.backend.staff;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencheckin.backend.dto.KioskDtos;
import org.opencheckin.backend.model.CheckinState;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.FaceDecision;
import org.opencheckin.backend.model.IdentityMethod;
import org.opencheckin.backend.model.KeyCardStatus;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.RoomStatus;

/**
 * Request and response bodies of the staff API (issue 2, section 6). Guest names appear in
 * responses (staff need them) but never in logs; document numbers never leave the backend,
 * responses only say whether one is on file.
 */
public final class StaffDtos {
    public static final String ROOM_TYPE_PATTERN = "^[A-Za-z0-9_\\-]{1,16}$";
    public static final String ROOM_NUMBER_PATTERN = "^[A-Za-z0-9\\-]{1,6}$";
    public static final String KIOSK_CODE_PATTERN = "^[A-Za-z0-9_\\-]{1,32}$";

    private StaffDtos() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReservationView(long reservationId, String hotelCode, String confirmationCode,
                                  @Nullable String externalId, String guestName, @Nullable DocumentType documentType,
                                  boolean documentOnFile, LocalDate arrival, LocalDate departure, int adults,
                                  String roomType, ReservationStatus status, @Nullable String roomNumber,
                                  @Nullable Instant checkedInAt, @Nullable Instant checkedOutAt) {
    }

    /** A new reservation taken at the desk; without {@code confirmationCode} one is generated. */
    @Serdeable
    public record ReservationCreate(
            @Nullable @Size(max = 32) @Pattern(regexp = KioskDtos.CODE_PATTERN) String confirmationCode,
            @NotBlank @Size(max = 200) @Pattern(regexp = KioskDtos.NAME_PATTERN) String guestName,
            @Nullable DocumentType documentType,
            @Nullable @Size(max = 32) @Pattern(regexp = KioskDtos.DOCUMENT_NUMBER_PATTERN) String documentNumber,
            @NotNull LocalDate arrival,
            @NotNull LocalDate departure,
            @NotNull @Min(1) @Max(8) Integer adults,
            @NotBlank @Pattern(regexp = ROOM_TYPE_PATTERN) String roomType) {
    }

    /** The editable fields of a BOOKED reservation (all replaced; document fields kept when null). */
    @Serdeable
    public record ReservationEdit(
            @NotBlank @Size(max = 200) @Pattern(regexp = KioskDtos.NAME_PATTERN) String guestName,
            @Nullable DocumentType documentType,
            @Nullable @Size(max = 32) @Pattern(regexp = KioskDtos.DOCUMENT_NUMBER_PATTERN) String documentNumber,
            @NotNull LocalDate arrival,
            @NotNull LocalDate departure,
            @NotNull @Min(1) @Max(8) Integer adults,
            @NotBlank @Pattern(regexp = ROOM_TYPE_PATTERN) String roomType) {
    }

    /** Check-in at the desk: the room (any ready one of the booked type when absent) and key count. */
    @Serdeable
    public record DeskCheckinRequest(
            @Nullable @Pattern(regexp = ROOM_NUMBER_PATTERN) String roomNumber,
            @NotNull @Min(1) @Max(4) Integer keyCount) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyView(long keySerial, String roomNumber, long keySequence, Instant validFrom, Instant validTo,
                          KeyCardStatus status, boolean duplicate, @Nullable String checkinId,
                          @Nullable Long reservationId, Instant issuedAt, @Nullable String payload) {
    }

    @Serdeable
    public record DeskCheckinResponse(ReservationView reservation, String roomNumber, int floor, List<KeyView> keys) {
    }

    @Serdeable
    public record ReissueRequest(@NotNull @Min(1) @Max(4) Integer count) {
    }

    @Serdeable
    public record KeysIssued(long reservationId, String roomNumber, long keySequence, List<KeyView> keys) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EscalationView(String checkinId, @Nullable String kioskCode, CheckinState state,
                                 @Nullable Instant escalatedAt, @Nullable String reason,
                                 @Nullable IdentityMethod identityMethod, @Nullable FaceDecision decision,
                                 @Nullable Double faceScore, @Nullable Double livenessScore,
                                 @Nullable ReservationView reservation, List<ReservationView> candidates,
                                 @Nullable DocumentType documentType) {
    }

    @Serdeable
    public record DenyRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    public record EscalationDecision(String checkinId, CheckinState state, @Nullable Long reservationId) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoomView(long roomId, String roomNumber, int floor, String roomType, RoomStatus status,
                           String features, long keySequence, @Nullable Long reservationId) {
    }

    @Serdeable
    public record RoomStatusRequest(@NotNull RoomStatus status) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KioskView(long kioskId, String hotelCode, String code, String name, boolean enabled,
                            @Nullable Instant lastHeartbeatAt, @Nullable String deviceStatus) {
    }

    @Serdeable
    public record KioskRegistration(@NotBlank @Pattern(regexp = KIOSK_CODE_PATTERN) String code,
                                    @NotBlank @Size(max = 100) @Pattern(regexp = "^[\\p{L}\\p{N} .,'\\-]+$") String name) {
    }

    /** The kiosk and its bearer token; the token is shown this once and only its hash is stored. */
    @Serdeable
    public record KioskCredentials(KioskView kiosk, String token) {
    }

    /** One audit entry; {@code chainSeq} and the hashes are null until the sealer has chained it (about 1 s). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditEntry(long id, Instant occurredAt, String actorType, String actorId, String action,
                             String subjectType, String subjectId, String detail, @Nullable Long chainSeq,
                             @Nullable String prevHash, @Nullable String entryHash) {
    }

    /**
     * A page of a hotel's audit trail and the result of re-computing its whole sealed hash chain:
     * {@code firstBrokenId} is the first altered entry, or {@code tailDeleted} says entries at the
     * end of the chain were removed.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditPage(String hotelCode, boolean chainIntact, @Nullable Long firstBrokenId, boolean tailDeleted,
                            List<AuditEntry> entries, @Nullable Long nextAfterId) {
    }

    @Serdeable
    public record CheckinStatistics(String hotelCode, LocalDate from, LocalDate to, long sessionsStarted,
                                    Map<CheckinState, Long> sessionsByState, long escalated,
                                    double completionRate, @Nullable Long medianCompletionSeconds,
                                    @Nullable Long p95CompletionSeconds, Map<FaceDecision, Long> faceDecisions,
                                    long deskCheckins, Map<ReservationStatus, Long> arrivalsByStatus,
                                    List<DayStatistics> days) {
    }

    /**
     * One local day of the range: kiosk sessions started that day, those of them that completed (check-ins at
     * the kiosk), escalated, and check-ins done at the desk (reservations checked in that day, less the kiosk's).
     */
    @Serdeable
    public record DayStatistics(LocalDate date, long sessionsStarted, long kioskCheckins, long escalated,
                                long deskCheckins) {
    }

    /**
     * The hotel a staff user works in: its local time zone and today (the day the kiosk and the statistics
     * count by), check-out time, and its room types with how many adults each takes and how many rooms it has.
     */
    @Serdeable
    public record HotelView(String code, String name, String timeZone, LocalDate today, String checkOutTime,
                            List<RoomTypeView> roomTypes) {
    }

    @Serdeable
    public record RoomTypeView(String code, String name, int maxAdults, long rooms) {
    }
}
