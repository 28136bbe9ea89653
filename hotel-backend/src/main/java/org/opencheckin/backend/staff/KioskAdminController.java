package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.net.URI;
import java.util.List;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.staff.StaffDtos.KioskCredentials;
import org.opencheckin.backend.staff.StaffDtos.KioskRegistration;
import org.opencheckin.backend.staff.StaffDtos.KioskView;

/** Kiosk registration and credentials; MANAGER may look, only ADMIN may change. */
@Controller("/api/v1/staff/kiosks")
@Secured({Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff: kiosks")
public class KioskAdminController {
    private final KioskAdminService service;

    public KioskAdminController(KioskAdminService service) {
        this.service = service;
    }

    @Get
    @Secured({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Kiosks of a hotel with their last heartbeat and device status")
    public List<KioskView> list(Authentication auth,
                                @Nullable @QueryValue @Pattern(regexp = StaffReservationController.HOTEL_PATTERN) String hotel) {
        return service.list(StaffPrincipal.of(auth), hotel);
    }

    @Post
    @Operation(summary = "Register a kiosk; the response holds its bearer token, shown once")
    public HttpResponse<KioskCredentials> register(Authentication auth,
                                                   @Nullable @QueryValue @Pattern(regexp = StaffReservationController.HOTEL_PATTERN) String hotel,
                                                   @Valid @Body KioskRegistration body) {
        KioskCredentials created = service.register(StaffPrincipal.of(auth), hotel, body.code(), body.name());
        return HttpResponse.created(created, URI.create("/api/v1/staff/kiosks/" + created.kiosk().kioskId()));
    }

    @Post("/{kioskId}/rotate-token")
    @Operation(summary = "Issue a new token; the old one stops working")
    public KioskCredentials rotate(Authentication auth, @PathVariable long kioskId) {
        return service.rotate(StaffPrincipal.of(auth), kioskId);
    }

    @Post("/{kioskId}/disable")
    @Operation(summary = "Disable a kiosk; its token stops working")
    public KioskView disable(Authentication auth, @PathVariable long kioskId) {
        return service.disable(StaffPrincipal.of(auth), kioskId);
    }
}
