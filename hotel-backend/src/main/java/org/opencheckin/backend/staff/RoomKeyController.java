package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.service.TransientRetry;
import org.opencheckin.backend.model.KeyCardStatus;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.staff.StaffDtos.KeyView;
import org.opencheckin.backend.staff.StaffDtos.KeysIssued;
import org.opencheckin.backend.staff.StaffDtos.ReissueRequest;
import org.opencheckin.backend.staff.StaffDtos.RoomStatusRequest;
import org.opencheckin.backend.staff.StaffDtos.RoomView;

/** Room status (housekeeping) and key cards (list, revoke, reissue) for the front desk. */
@Controller("/api/v1/staff")
@Secured({Roles.FRONT_DESK, Roles.MANAGER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff: rooms and keys")
public class RoomKeyController {
    private final RoomKeyService service;

    public RoomKeyController(RoomKeyService service) {
        this.service = service;
    }

    @Get("/rooms")
    @Operation(summary = "Rooms of a hotel with their status")
    public List<RoomView> rooms(Authentication auth,
                                @Nullable @QueryValue @Pattern(regexp = StaffReservationController.HOTEL_PATTERN) String hotel,
                                @Nullable @QueryValue RoomStatus status) {
        return service.rooms(StaffPrincipal.of(auth), hotel, status);
    }

    @Put("/rooms/{roomId}/status")
    @Operation(summary = "Set a vacant room's status (VACANT_CLEAN, VACANT_DIRTY, OUT_OF_ORDER)")
    public RoomView setStatus(Authentication auth, @PathVariable long roomId, @Valid @Body RoomStatusRequest body) {
        return TransientRetry.call(() -> service.setStatus(StaffPrincipal.of(auth), roomId, body.status()));
    }

    @Get("/keys")
    @Operation(summary = "Key cards of a hotel, newest first")
    public List<KeyView> keys(Authentication auth,
                              @Nullable @QueryValue @Pattern(regexp = StaffReservationController.HOTEL_PATTERN) String hotel,
                              @Nullable @QueryValue Long roomId, @Nullable @QueryValue Long reservationId,
                              @Nullable @QueryValue KeyCardStatus status,
                              @Nullable @QueryValue @Min(1) @Max(500) Integer limit) {
        return service.keys(StaffPrincipal.of(auth), hotel, roomId, reservationId, status, limit == null ? 100 : limit);
    }

    @Post("/keys/{keySerial}/revoke")
    @Operation(summary = "Mark a key card revoked")
    public KeyView revoke(Authentication auth, @PathVariable long keySerial) {
        return TransientRetry.call(() -> service.revoke(StaffPrincipal.of(auth), keySerial));
    }

    @Post("/keys/{keySerial}/reissue")
    @Operation(summary = "Replace a lost card: new cards with a raised key sequence")
    public KeysIssued reissue(Authentication auth, @PathVariable long keySerial, @Valid @Body ReissueRequest body) {
        return TransientRetry.call(() -> service.reissue(StaffPrincipal.of(auth), keySerial, body.count()));
    }
}
