package org.opencheckin.backend.controller;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.opencheckin.backend.dto.KioskDtos.CheckinView;
import org.opencheckin.backend.dto.KioskDtos.DocumentRequest;
import org.opencheckin.backend.dto.KioskDtos.EscalateRequest;
import org.opencheckin.backend.dto.KioskDtos.IdentityRequest;
import org.opencheckin.backend.dto.KioskDtos.IdentityResponse;
import org.opencheckin.backend.dto.KioskDtos.KeyFailedRequest;
import org.opencheckin.backend.dto.KioskDtos.KeysRequest;
import org.opencheckin.backend.dto.KioskDtos.KeysResponse;
import org.opencheckin.backend.dto.KioskDtos.LookupRequest;
import org.opencheckin.backend.dto.KioskDtos.ReservationsResponse;
import org.opencheckin.backend.dto.KioskDtos.RoomRequest;
import org.opencheckin.backend.dto.KioskDtos.RoomResponse;
import org.opencheckin.backend.dto.KioskDtos.SelectReservationRequest;
import org.opencheckin.backend.dto.KioskDtos.StartResponse;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.security.KioskPrincipal;
import org.opencheckin.backend.service.CheckinService;
import org.opencheckin.backend.service.TransientRetry;

/** The kiosk check-in API (issue 2, section 5); kiosk bearer token, own hotel only. */
@Controller("/api/v1/checkins")
@Secured(KioskPrincipal.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Kiosk check-in")
public class KioskCheckinController {
    /** Idempotency-Key: 1..128 characters of letters, digits and - _ . : */
    static final String IDEMPOTENCY_KEY_PATTERN = "^[A-Za-z0-9_.:\\-]{1,128}$";

    private final CheckinService checkins;

    public KioskCheckinController(CheckinService checkins) {
        this.checkins = checkins;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Start a check-in session")
    public StartResponse start(Authentication auth) {
        return TransientRetry.call(() -> checkins.start(KioskPrincipal.of(auth)));
    }

    @Get("/{id}")
    public CheckinView get(Authentication auth, @PathVariable String id) {
        return checkins.get(KioskPrincipal.of(auth), id);
    }

    @Post("/{id}/document")
    @Operation(summary = "Submit the document read by the kiosk; returns reservations due today")
    public ReservationsResponse document(Authentication auth, @PathVariable String id, @Body @Valid DocumentRequest body) {
        return TransientRetry.call(() -> checkins.document(KioskPrincipal.of(auth), id, body));
    }

    @Post("/{id}/lookup")
    @Operation(summary = "Find the reservation by confirmation code (QR code or typed)")
    public ReservationsResponse lookup(Authentication auth, @PathVariable String id, @Body @Valid LookupRequest body) {
        return TransientRetry.call(() -> checkins.lookup(KioskPrincipal.of(auth), id, body.confirmationCode()));
    }

    @Post("/{id}/reservation")
    public ReservationsResponse reservation(Authentication auth, @PathVariable String id,
                                            @Body @Valid SelectReservationRequest body) {
        return TransientRetry.call(() -> checkins.selectReservation(KioskPrincipal.of(auth), id, body.reservationId()));
    }

    @Post("/{id}/identity")
    @Operation(summary = "Report face scores (or ask for staff); the hotel policy decides")
    public IdentityResponse identity(Authentication auth, @PathVariable String id, @Body @Valid IdentityRequest body) {
        return TransientRetry.call(() -> checkins.identity(KioskPrincipal.of(auth), id, body));
    }

    @Post("/{id}/room")
    @Operation(summary = "Assign a ready room of the reserved type; 409 when none is ready")
    public RoomResponse room(Authentication auth, @PathVariable String id, @Body @Valid @Nullable RoomRequest body) {
        return TransientRetry.call(() -> checkins.assignRoom(KioskPrincipal.of(auth), id, body == null ? null : body.featureCodes()));
    }

    @Post("/{id}/keys")
    @Operation(summary = "Issue signed key cards; the same Idempotency-Key returns the same keys")
    public KeysResponse keys(Authentication auth, @PathVariable String id,
                             @Header("Idempotency-Key") @Nullable String idempotencyKey,
                             @Body @Valid KeysRequest body) {
        if (idempotencyKey == null || !idempotencyKey.matches(IDEMPOTENCY_KEY_PATTERN)) {
            throw ApiProblem.badRequest("idempotency-key-required", "Idempotency-Key",
                    "header Idempotency-Key is required: 1..128 letters, digits or - _ . :");
        }
        return TransientRetry.call(() -> checkins.issueKeys(KioskPrincipal.of(auth), id, idempotencyKey, body.count()));
    }

    @Post("/{id}/keys/{keySerial}/dispensed")
    public CheckinView dispensed(Authentication auth, @PathVariable String id, @PathVariable long keySerial) {
        return TransientRetry.call(() -> checkins.keyDispensed(KioskPrincipal.of(auth), id, keySerial));
    }

    @Post("/{id}/keys/{keySerial}/failed")
    public CheckinView failed(Authentication auth, @PathVariable String id, @PathVariable long keySerial,
                              @Body @Valid @Nullable KeyFailedRequest body) {
        return TransientRetry.call(() -> checkins.keyFailed(KioskPrincipal.of(auth), id, keySerial, body == null ? null : body.reason()));
    }

    @Post("/{id}/complete")
    public CheckinView complete(Authentication auth, @PathVariable String id) {
        return TransientRetry.call(() -> checkins.complete(KioskPrincipal.of(auth), id));
    }

    @Post("/{id}/escalate")
    public CheckinView escalate(Authentication auth, @PathVariable String id, @Body @Valid EscalateRequest body) {
        return TransientRetry.call(() -> checkins.escalate(KioskPrincipal.of(auth), id, body.reason()));
    }

    @Post("/{id}/abandon")
    public CheckinView abandon(Authentication auth, @PathVariable String id) {
        return TransientRetry.call(() -> checkins.abandon(KioskPrincipal.of(auth), id));
    }

}
