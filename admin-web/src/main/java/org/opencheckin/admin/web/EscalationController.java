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

    @Post(value = "/{checkinId}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, String checkinId,
                            @Nullable String csrf, @Nullable Long reservationId, @Nullable String note) {
        Pages.requireCsrf(me, csrf);
        String givenNote = note == null || note.isBlank() ? null : note.trim();
        Pages.act(me, () -> backend.approve(me.jwt(), checkinId, reservationId, givenNote),
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
}
