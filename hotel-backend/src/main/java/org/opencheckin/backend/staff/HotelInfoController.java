package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.staff.StaffDtos.HotelView;

@Controller("/api/v1/staff/hotel")
@Secured({Roles.FRONT_DESK, Roles.MANAGER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff: hotel")
public class HotelInfoController {
    private final HotelInfoService service;

    public HotelInfoController(HotelInfoService service) {
        this.service = service;
    }

    @Get
    @Operation(summary = "The hotel: time zone, today, check-out time, room types with their largest number of adults and rooms")
    public HotelView hotel(Authentication auth,
                           @Nullable @QueryValue @Pattern(regexp = StaffReservationController.HOTEL_PATTERN) String hotel) {
        return service.hotel(StaffPrincipal.of(auth), hotel);
    }
}
