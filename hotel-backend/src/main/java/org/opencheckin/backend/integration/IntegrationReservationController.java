package org.opencheckin.backend.integration;

import io.micronaut.data.exceptions.DataAccessException;
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
import jakarta.validation.constraints.Pattern;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.opencheckin.backend.auth.IntegratorPrincipal;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.integration.IntegrationDtos.ReservationState;
import org.opencheckin.backend.integration.IntegrationDtos.ReservationUpsert;
import org.opencheckin.backend.service.TransientRetry;

/**
 * Reservations of a hotel for its chain's PMS (issue 2, section 7): idempotent upsert by the
 * PMS's external id, cancel, read, and the list of a day's arrivals.
 */
@Controller("/api/v1/hotels/{hotelCode}/reservations")
@Secured(Roles.INTEGRATION)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Integration: reservations")
public class IntegrationReservationController {
    static final String HOTEL_PATTERN = "^[A-Za-z0-9_\\-]{1,32}$";

    private final IntegrationReservationService service;

    public IntegrationReservationController(IntegrationReservationService service) {
        this.service = service;
    }

    @Put("/{externalId}")
    @Operation(summary = "Create (201) or update (200) a reservation by the PMS's id; a replay changes nothing")
    public HttpResponse<ReservationState> upsert(Authentication auth,
                                                 @PathVariable @Pattern(regexp = HOTEL_PATTERN) String hotelCode,
                                                 @PathVariable @Pattern(regexp = IntegrationDtos.EXTERNAL_ID_PATTERN) String externalId,
                                                 @Valid @Body ReservationUpsert body) {
        IntegratorPrincipal client = IntegratorPrincipal.of(auth);
        IntegrationReservationService.Upserted result;
        try {
            result = TransientRetry.call(() -> service.upsert(client, hotelCode, externalId, body));
        } catch (DataAccessException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent first PUT of the same external id won the insert: apply ours as an update.
            result = TransientRetry.call(() -> service.upsert(client, hotelCode, externalId, body));
        }
        return result.created() ? HttpResponse.created(result.state()) : HttpResponse.ok(result.state());
    }

    @Post("/{externalId}/cancel")
    @Operation(summary = "Cancel a BOOKED reservation (repeatable)")
    public ReservationState cancel(Authentication auth, @PathVariable @Pattern(regexp = HOTEL_PATTERN) String hotelCode,
                                   @PathVariable @Pattern(regexp = IntegrationDtos.EXTERNAL_ID_PATTERN) String externalId) {
        return TransientRetry.call(() -> service.cancel(IntegratorPrincipal.of(auth), hotelCode, externalId));
    }

    @Get("/{externalId}")
    public ReservationState get(Authentication auth, @PathVariable @Pattern(regexp = HOTEL_PATTERN) String hotelCode,
                                @PathVariable @Pattern(regexp = IntegrationDtos.EXTERNAL_ID_PATTERN) String externalId) {
        return service.get(IntegratorPrincipal.of(auth), hotelCode, externalId);
    }

    @Get
    @Operation(summary = "Reservations arriving on a day")
    public List<ReservationState> byArrival(Authentication auth,
                                            @PathVariable @Pattern(regexp = HOTEL_PATTERN) String hotelCode,
                                            @QueryValue LocalDate arrival) {
        return service.byArrival(IntegratorPrincipal.of(auth), hotelCode, arrival);
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
