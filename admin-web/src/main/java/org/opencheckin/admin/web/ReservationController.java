package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import org.opencheckin.admin.backend.StaffApiClient;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;

/** Reservation search (name or confirmation code, arrival day, status) and one reservation with its keys. */
@Controller("/reservations")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReservationController {
    private final StaffApiClient backend;

    ReservationController(StaffApiClient backend) {
        this.backend = backend;
    }

    @Get
    ModelAndView<Map<String, Object>> search(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me,
                                             @Nullable @QueryValue String q, @Nullable @QueryValue String arrival,
                                             @Nullable @QueryValue String status) {
        return Pages.view("reservations/search", me, "reservations", backend.reservations(me.jwt(), q, arrival, status),
                "q", q == null ? "" : q, "arrival", arrival == null ? "" : arrival, "status", status == null ? "" : status);
    }

    @Get("/{reservationId}")
    ModelAndView<Map<String, Object>> detail(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me,
                                             long reservationId) {
        return Pages.view("reservations/detail", me, "r", backend.reservation(me.jwt(), reservationId),
                "keys", backend.keys(me.jwt(), null, reservationId, null));
    }
}
