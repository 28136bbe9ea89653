package org.opencheckin.backend.integration;

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
import org.opencheckin.backend.dto.KioskDtos;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.staff.StaffDtos;

/** Bodies of the integration API for chains' PMS (issue 2, section 7). */
public final class IntegrationDtos {
    public static final String EXTERNAL_ID_PATTERN = "^[A-Za-z0-9_.:\\-]{1,64}$";

    private IntegrationDtos() {
    }

    /**
     * The PMS's view of a reservation, sent whole on every change. {@code confirmationCode} is
     * used on creation (generated when absent) and must not change afterwards.
     */
    @Serdeable
    public record ReservationUpsert(
            @Nullable @Size(max = 32) @Pattern(regexp = KioskDtos.CODE_PATTERN) String confirmationCode,
            @NotBlank @Size(max = 200) @Pattern(regexp = KioskDtos.NAME_PATTERN) String guestName,
            @Nullable DocumentType documentType,
            @Nullable @Size(max = 32) @Pattern(regexp = KioskDtos.DOCUMENT_NUMBER_PATTERN) String documentNumber,
            @NotNull LocalDate arrival,
            @NotNull LocalDate departure,
            @NotNull @Min(1) @Max(8) Integer adults,
            @NotBlank @Pattern(regexp = StaffDtos.ROOM_TYPE_PATTERN) String roomType) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReservationState(String hotelCode, String externalId, long reservationId, String confirmationCode,
                                   ReservationStatus status, LocalDate arrival, LocalDate departure, int adults,
                                   String roomType, boolean documentOnFile, @Nullable String roomNumber,
                                   @Nullable Instant checkedInAt, @Nullable Instant checkedOutAt) {
    }

    /** Where this client's webhooks go and the secret their HMAC signature is keyed with. */
    @Serdeable
    public record WebhookSettings(@NotBlank @Size(max = 1000) @Pattern(regexp = "^https?://[^\\s]+$") String url,
                                  @NotBlank @Size(min = 16, max = 200) String secret) {
    }

    @Serdeable
    public record WebhookSettingsView(String url, boolean secretSet) {
    }
}
