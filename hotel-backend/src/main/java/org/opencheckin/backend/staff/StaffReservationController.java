package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.service.TransientRetry;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.staff.StaffDtos.DeskCheckinRequest;
import org.opencheckin.backend.staff.StaffDtos.DeskCheckinResponse;
import org.opencheckin.backend.staff.StaffDtos.ReservationCreate;
import org.opencheckin.backend.staff.StaffDtos.ReservationEdit;
import org.opencheckin.backend.staff.StaffDtos.ReservationView;

/** Reservations for the front desk (issue 2, section 6). Cancelling needs MANAGER or ADMIN. */
@Controller("/api/v1/staff/reservations")
@Secured({Roles.FRONT_DESK, Roles.MANAGER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff: reservations")
public class StaffReservationController {
    static final String HOTEL_PATTERN = "^[A-Za-z0-9_\\-]{1,32}$";

    private final StaffReservationService service;

    public StaffReservationController(StaffReservationService service) {
        this.service = service;
    }

    @Get
    @Operation(summary = "Search reservations by arrival day, status, confirmation code or guest name")
    public List<ReservationView> search(Authentication auth,
                                        @Nullable @QueryValue @Pattern(regexp = HOTEL_PATTERN) String hotel,
                                        @Nullable @QueryValue LocalDate arrival,
                                        @Nullable @QueryValue ReservationStatus status,
                                        @Nullable @QueryValue @Size(max = 100) String q,
                                        @Nullable @QueryValue @Min(1) @Max(500) Integer limit) {
        return service.search(StaffPrincipal.of(auth), hotel, arrival, status, q, limit == null ? 100 : limit);
    }

    @Get("/{id}")
    public ReservationView get(Authentication auth, @PathVariable long id) {
        return service.get(StaffPrincipal.of(auth), id);
    }

    @Post
    @Operation(summary = "Create a reservation at the desk")
    public HttpResponse<ReservationView> create(Authentication auth,
                                                @Nullable @QueryValue @Pattern(regexp = HOTEL_PATTERN) String hotel,
                                                @Valid @Body ReservationCreate body) {
        ReservationView created = TransientRetry.call(() -> service.create(StaffPrincipal.of(auth), hotel, body));
        return HttpResponse.created(created, URI.create("/api/v1/staff/reservations/" + created.reservationId()));
    }

    @Put("/{id}")
    @Operation(summary = "Edit a BOOKED reservation")
    public ReservationView edit(Authentication auth, @PathVariable long id, @Valid @Body ReservationEdit body) {
        return TransientRetry.call(() -> service.edit(StaffPrincipal.of(auth), id, body));
    }

    @Post("/{id}/cancel")
    @Secured({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Cancel a BOOKED reservation")
    public ReservationView cancel(Authentication auth, @PathVariable long id) {
        return TransientRetry.call(() -> service.cancel(StaffPrincipal.of(auth), id));
    }

    @Post("/{id}/check-in")
    @Operation(summary = "Check a guest in at the desk: room and new keys")
    public DeskCheckinResponse checkIn(Authentication auth, @PathVariable long id, @Valid @Body DeskCheckinRequest body) {
        return TransientRetry.call(() -> service.deskCheckin(StaffPrincipal.of(auth), id, body));
    }

    @Post("/{id}/check-out")
    @Operation(summary = "Check a guest out: room to VACANT_DIRTY, keys revoked")
    public ReservationView checkOut(Authentication auth, @PathVariable long id) {
        return TransientRetry.call(() -> service.checkOut(StaffPrincipal.of(auth), id));
    }
}
