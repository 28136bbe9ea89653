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
import java.time.LocalDate;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.staff.StaffDtos.CheckinStatistics;

@Controller("/api/v1/staff/statistics")
@Secured({Roles.MANAGER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff: statistics")
public class StatisticsController {
    private final StatisticsService service;

    public StatisticsController(StatisticsService service) {
        this.service = service;
    }

    @Get
    @Operation(summary = "Check-in statistics over local days (default today, at most 31 days)")
    public CheckinStatistics statistics(Authentication auth,
                                        @Nullable @QueryValue @Pattern(regexp = StaffReservationController.HOTEL_PATTERN) String hotel,
                                        @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
        return service.statistics(StaffPrincipal.of(auth), hotel, from, to);
    }
}
