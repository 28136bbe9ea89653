package org.opencheckin.backend.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencheckin.backend.model.CheckinState;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.FaceDecision;
import org.opencheckin.backend.model.IdentityMethod;

/**
 * Request and response bodies of the kiosk API (issue 2, section 5). The field names are the
 * contract with kiosk-app; fields may be added, never renamed.
 */
public final class KioskDtos {
    /**
     * Letters of any script, spaces, . , ' - and the name separators · ・ and MRZ filler {@code <}:
     * no digits, no {@code >}, no SQL punctuation.
     */
    public static final String NAME_PATTERN = "^[\\p{L}\\p{M}][\\p{L}\\p{M} .,'\\-\u00b7\u30fb<]*$";
    public static final String DOCUMENT_NUMBER_PATTERN = "^[A-Za-z0-9][A-Za-z0-9 <\\-]*$";
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9\\-]*$";

    private KioskDtos() {
    }

    @Serdeable
    public record StartResponse(String checkinId, CheckinState state, Instant expiresAt) {
    }

    /** {@code expiryDate} null: a document without expiry (a long-term Chinese resident ID). */
    @Serdeable
    public record DocumentRequest(
            @NotNull DocumentType documentType,
            @NotBlank @Size(max = 32) @Pattern(regexp = DOCUMENT_NUMBER_PATTERN) String documentNumber,
            @NotBlank @Size(max = 200) @Pattern(regexp = NAME_PATTERN) String fullName,
            @NotNull @Past LocalDate birthDate,
            @Nullable @Pattern(regexp = "^[A-Za-z<]{0,3}$") String nationality,
            @Nullable LocalDate expiryDate) {
    }

    @Serdeable
    public record LookupRequest(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE_PATTERN) String confirmationCode) {
    }

    @Serdeable
    public record ReservationSummary(long reservationId, String confirmationCode, LocalDate arrival,
                                     LocalDate departure, String roomType, String roomTypeName, int adults) {
    }

    @Serdeable
    public record ReservationsResponse(String checkinId, CheckinState state, List<ReservationSummary> reservations,
                                       @Nullable Long selectedReservationId) {
    }

    @Serdeable
    public record SelectReservationRequest(@NotNull @Positive Long reservationId) {
    }

    @Serdeable
    public record IdentityRequest(
            @NotNull IdentityMethod method,
            @Nullable @DecimalMin("0.0") @DecimalMax("1.0") Double faceScore,
            @Nullable @DecimalMin("0.0") @DecimalMax("1.0") Double livenessScore,
            @Nullable @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._:\\-]+$") String modelId) {
    }

    @Serdeable
    public record IdentityResponse(String checkinId, CheckinState state, FaceDecision decision) {
    }

    /**
     * {@code preferences}: room features wanted, best effort. Either a list of feature codes,
     * {@code ["HIGH_FLOOR", "QUIET"]}, or an object of flags, {@code {"highFloor": true}}.
     */
    @Serdeable
    public record RoomRequest(@Nullable JsonNode preferences) {
        static final java.util.regex.Pattern FEATURE = java.util.regex.Pattern.compile("^[A-Za-z_]{1,32}$");

        /** The wanted feature codes in upper snake case; 400 problem for any other shape. */
        public List<String> featureCodes() {
            List<String> out = new java.util.ArrayList<>();
            if (preferences == null || preferences.isNull()) {
                return out;
            }
            if (preferences.isArray()) {
                for (JsonNode n : preferences.values()) {
                    if (!n.isString() || !FEATURE.matcher(n.getStringValue()).matches()) {
                        throw invalid();
                    }
                    out.add(n.getStringValue());
                }
            } else if (preferences.isObject()) {
                for (Map.Entry<String, JsonNode> e : preferences.entries()) {
                    if (!FEATURE.matcher(e.getKey()).matches() || !e.getValue().isBoolean()) {
                        throw invalid();
                    }
                    if (e.getValue().getBooleanValue()) {
                        out.add(e.getKey().replaceAll("([a-z])([A-Z])", "$1_$2"));
                    }
                }
            } else {
                throw invalid();
            }
            if (out.size() > 8) {
                throw invalid();
            }
            return out;
        }

        private static org.opencheckin.backend.error.ApiProblem invalid() {
            return org.opencheckin.backend.error.ApiProblem.badRequest("validation-failed", "preferences",
                    "must be a list of up to 8 feature codes or an object of boolean flags");
        }
    }

    @Serdeable
    public record RoomResponse(String checkinId, CheckinState state, String roomNumber, int floor, String roomType) {
    }

    @Serdeable
    public record KeysRequest(@NotNull @Min(1) @Max(4) Integer count) {
    }

    /** One signed key card; {@code payload} is docs/keycard-format.md's 48 bytes in Base64. */
    @Serdeable
    public record KeyView(long keySerial, String payload, Instant validFrom, Instant validTo, String roomNumber,
                          long keySequence, boolean duplicate, String status) {
    }

    @Serdeable
    public record KeysResponse(String checkinId, CheckinState state, List<KeyView> keys) {
    }

    @Serdeable
    public record KeyFailedRequest(@Nullable @Size(max = 200) String reason) {
    }

    @Serdeable
    public record EscalateRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckinView(String checkinId, CheckinState state, Instant expiresAt,
                              @Nullable ReservationSummary reservation, @Nullable String roomNumber,
                              @Nullable Integer floor, @Nullable FaceDecision decision,
                              @Nullable String escalationReason, List<KeyView> keys,
                              Map<CheckinState, Instant> transitions) {
    }

    @Serdeable
    public record HeartbeatResponse(String kioskCode, Instant receivedAt) {
    }
}
