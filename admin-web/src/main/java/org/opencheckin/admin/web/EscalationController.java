package org.opencheckin.admin.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.opencheckin.admin.backend.StaffApiClient;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;

/**
 * The escalation queue: kiosk sessions waiting for a staff decision. The page re-reads {@code /escalations/queue}
 * every {@code admin.escalations.refresh-seconds} (static/admin.js) unless someone is typing in it.
 */
@Controller("/escalations")
@ExecuteOn(TaskExecutors.BLOCKING)
class EscalationController {
    private final StaffApiClient backend;
    private final int refreshSeconds;

    EscalationController(StaffApiClient backend, @Value("${admin.escalations.refresh-seconds:5}") int refreshSeconds) {
        this.backend = backend;
        this.refreshSeconds = refreshSeconds;
    }

    @Get
    ModelAndView<Map<String, Object>> page(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me) {
        return Pages.view("escalations/page", me, "escalations", backend.escalations(me.jwt()),
                "refreshSeconds", refreshSeconds);
    }

    @Get("/queue")
    ModelAndView<Map<String, Object>> queue(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me) {
        return new ModelAndView<>("escalations/queue", Map.of("me", me, "escalations", backend.escalations(me.jwt()),
                "zone", ZoneId.systemDefault()));
    }

    /**
     * Approve; when the kiosk found no reservation, staff name it by a candidate ({@code reservationId}) or by
     * its confirmation code, which is looked up here (the staff API's approve takes the id).
     */
    @Post(value = "/{checkinId}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, String checkinId,
                            @Nullable String csrf, @Nullable String reservationId, @Nullable String confirmationCode,
                            @Nullable String note) {
        Pages.requireCsrf(me, csrf);
        String givenNote = note == null || note.isBlank() ? null : note.trim();
        Optional<Long> reservation = reservation(me, reservationId, confirmationCode);
        if (reservation == null) {
            me.flash("escalations.unknownCode", confirmationCode, true);
            return Pages.redirect("/escalations");
        }
        Pages.act(me, () -> backend.approve(me.jwt(), checkinId, reservation.orElse(null), givenNote),
                "escalations.approved", checkinId);
        return Pages.redirect("/escalations");
    }

    @Post(value = "/{checkinId}/deny", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deny(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, String checkinId,
                         @Nullable String csrf, @Nullable String reason) {
        Pages.requireCsrf(me, csrf);
        if (reason == null || reason.isBlank()) {
            me.flash("escalations.reasonRequired", null, true);
        } else {
            Pages.act(me, () -> backend.deny(me.jwt(), checkinId, reason.trim()), "escalations.denied", checkinId);
        }
        return Pages.redirect("/escalations");
    }

    /** The chosen reservation's id, empty when none was named, null when the confirmation code is unknown. */
    @Nullable
    private Optional<Long> reservation(StaffSession me, @Nullable String reservationId, @Nullable String confirmationCode) {
        if (reservationId != null && reservationId.matches("\\d{1,18}")) {
            return Optional.of(Long.valueOf(reservationId));
        }
        if (confirmationCode == null || confirmationCode.isBlank()) {
            return Optional.empty();
        }
        String code = confirmationCode.trim();
        return backend.reservations(me.jwt(), code, null, null).stream()
                .filter(r -> r.confirmationCode().equalsIgnoreCase(code)).findFirst()
                .map(r -> Optional.of(r.reservationId())).orElse(null);
    }
}
