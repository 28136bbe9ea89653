package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.service.TransientRetry;
import org.opencheckin.backend.staff.StaffDtos.DenyRequest;
import org.opencheckin.backend.staff.StaffDtos.EscalationDecision;
import org.opencheckin.backend.staff.StaffDtos.EscalationView;

/** The escalation queue of kiosk sessions waiting for staff. */
@Controller("/api/v1/staff/escalations")
@Secured({Roles.FRONT_DESK, Roles.MANAGER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff: escalations")
public class EscalationController {
    private final EscalationService service;

    public EscalationController(EscalationService service) {
        this.service = service;
    }

    @Get
    @Operation(summary = "Kiosk sessions waiting for staff, oldest first")
    public List<EscalationView> list(Authentication auth,
                                     @Nullable @QueryValue @Pattern(regexp = StaffReservationController.HOTEL_PATTERN) String hotel) {
        return service.list(StaffPrincipal.of(auth), hotel);
    }

    @Post("/{checkinId}/approve")
    @Operation(summary = "Identity checked by staff: the kiosk continues with the room step")
    public EscalationDecision approve(Authentication auth, @PathVariable String checkinId) {
        return TransientRetry.call(() -> service.approve(StaffPrincipal.of(auth), checkinId));
    }

    @Post("/{checkinId}/deny")
    @Operation(summary = "End the kiosk session (FAILED); the guest is served at the desk")
    public EscalationDecision deny(Authentication auth, @PathVariable String checkinId, @Valid @Body DenyRequest body) {
        return TransientRetry.call(() -> service.deny(StaffPrincipal.of(auth), checkinId, body.reason()));
    }
}
