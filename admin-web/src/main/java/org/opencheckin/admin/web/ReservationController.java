package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencheckin.admin.backend.BackendRefusedException;
import org.opencheckin.admin.backend.BackendUnavailableException;
import org.opencheckin.admin.backend.StaffApi.HotelInfo;
import org.opencheckin.admin.backend.StaffApi.Reservation;
import org.opencheckin.admin.backend.StaffApi.RoomTypeInfo;
import org.opencheckin.admin.backend.StaffApiClient;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;
import org.opencheckin.admin.session.StaffSession.Flash;
import org.opencheckin.admin.web.ReservationForm.FieldProblem;

/**
 * Reservation search (name or confirmation code, arrival day, status), one reservation with its keys, a new
 * reservation taken at the desk (phone booking, walk-in: the guest then checks in at the kiosk), editing a BOOKED
 * one and cancelling it (MANAGER, ADMIN). A refused form comes back as typed, the backend's field errors beside
 * their fields; the document number is write-only and never shown back.
 */
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

    @Get("/new")
    ModelAndView<Map<String, Object>> newForm(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me) {
        HotelInfo hotel = backend.hotel(me.jwt());
        return formPage(me, hotel, ReservationForm.blank(hotel.today()), Map.of(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, @Nullable String csrf,
                           @Nullable String confirmationCode, @Nullable String guestName,
                           @Nullable String documentType, @Nullable String documentNumber,
                           @Nullable String arrival, @Nullable String departure, @Nullable String adults,
                           @Nullable String roomType) {
        Pages.requireCsrf(me, csrf);
        ReservationForm form = ReservationForm.of(confirmationCode, guestName, documentType, arrival, departure,
                adults, roomType);
        return submit(form, (status, problems, message) -> HttpResponse.status(status)
                        .body(formPage(me, backend.hotel(me.jwt()), form, problems, message)),
                () -> {
                    Reservation created = backend.createReservation(me.jwt(), form.toCreate(documentNumber));
                    me.flash("reservations.created", created.confirmationCode(), false);
                    return Pages.redirect("/reservations/" + created.reservationId());
                });
    }

    @Get("/{reservationId}")
    ModelAndView<Map<String, Object>> detail(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me,
                                             long reservationId) {
        Reservation r = backend.reservation(me.jwt(), reservationId);
        return detailPage(me, r, ReservationForm.of(r), Map.of(), null);
    }

    /** Replaces the whole content of a BOOKED reservation; blank document fields keep the document on file. */
    @Post(value = "/{reservationId}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, long reservationId,
                         @Nullable String csrf, @Nullable String guestName, @Nullable String documentType,
                         @Nullable String documentNumber, @Nullable String arrival, @Nullable String departure,
                         @Nullable String adults, @Nullable String roomType) {
        Pages.requireCsrf(me, csrf);
        ReservationForm form = ReservationForm.of(null, guestName, documentType, arrival, departure, adults, roomType);
        return submit(form, (status, problems, message) -> HttpResponse.status(status)
                        .body(detailPage(me, backend.reservation(me.jwt(), reservationId), form, problems, message)),
                () -> {
                    Reservation edited = backend.editReservation(me.jwt(), reservationId, form.toEdit(documentNumber));
                    me.flash("reservations.edited", edited.confirmationCode(), false);
                    return Pages.redirect("/reservations/" + reservationId);
                });
    }

    /** BOOKED -> CANCELLED; offered to MANAGER and ADMIN only, as the backend allows. */
    @Post(value = "/{reservationId}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, long reservationId,
                           @Nullable String csrf, @Nullable String code) {
        Pages.requireCsrf(me, csrf);
        Pages.act(me, () -> backend.cancelReservation(me.jwt(), reservationId), "reservations.cancelled",
                code == null ? reservationId : code);
        return Pages.redirect("/reservations/" + reservationId);
    }

    /** Renders the form again, as typed, with problems beside fields and/or a message for the page. */
    private interface Refused {
        HttpResponse<?> render(HttpStatus status, Map<String, FieldProblem> problems, @Nullable Flash message);
    }

    private interface Send {
        HttpResponse<?> run();
    }

    /**
     * Sends a form unless it cannot be sent. Field errors (ours, or the backend's on fields the form has) go beside
     * their fields; the backend's errors on other fields and every other refusal (409, 403, ...) are the page's
     * message. A 401 is rethrown: the error pages sign the user out.
     */
    private static HttpResponse<?> submit(ReservationForm form, Refused refused, Send send) {
        Map<String, FieldProblem> unsendable = form.unsendable();
        if (!unsendable.isEmpty()) {
            return refused.render(HttpStatus.BAD_REQUEST, unsendable, null);
        }
        try {
            return send.run();
        } catch (BackendRefusedException e) {
            if (e.status() == 401) {
                throw e;
            }
            HttpStatus status = e.status() >= 400 && e.status() < 500 ? HttpStatus.valueOf(e.status()) : HttpStatus.BAD_GATEWAY;
            Map<String, String> elsewhere = new LinkedHashMap<>(e.fieldErrors());
            elsewhere.keySet().removeAll(ReservationForm.FIELDS);
            Map<String, String> beside = new LinkedHashMap<>(e.fieldErrors());
            beside.keySet().retainAll(ReservationForm.FIELDS);
            Flash message = null;
            if (beside.isEmpty() || !elsewhere.isEmpty()) {
                String detail = elsewhere.isEmpty() ? (e.detail() != null ? e.detail() : String.valueOf(e.code()))
                        : elsewhere.entrySet().stream().map(f -> f.getKey() + ": " + f.getValue())
                        .collect(Collectors.joining("; "));
                String key = e.status() == 403 ? "error.forbidden" : e.status() == 404 ? "error.notFound" : "error.refused";
                message = new Flash(key, detail, "", true);
            }
            return refused.render(status, ReservationForm.beside(beside), message);
        } catch (BackendUnavailableException e) {
            return refused.render(HttpStatus.SERVICE_UNAVAILABLE, Map.of(), new Flash("error.unreachable", "", "", true));
        }
    }

    private ModelAndView<Map<String, Object>> formPage(StaffSession me, HotelInfo hotel, ReservationForm form,
                                                       Map<String, FieldProblem> problems, @Nullable Flash message) {
        ModelAndView<Map<String, Object>> page = Pages.view("reservations/new", me, "form", form, "problems", problems,
                "roomTypes", roomTypes(hotel, form.roomType()), "documentTypes", ReservationForm.DOCUMENT_TYPES);
        return message == null ? page : withMessage(page, message);
    }

    private ModelAndView<Map<String, Object>> detailPage(StaffSession me, Reservation r, ReservationForm form,
                                                         Map<String, FieldProblem> problems, @Nullable Flash message) {
        boolean booked = "BOOKED".equals(r.status());
        ModelAndView<Map<String, Object>> page = Pages.view("reservations/detail", me, "r", r,
                "keys", backend.keys(me.jwt(), null, r.reservationId(), null), "editable", booked,
                "form", form, "problems", problems, "documentTypes", ReservationForm.DOCUMENT_TYPES,
                "roomTypes", booked ? roomTypes(backend.hotel(me.jwt()), form.roomType()) : List.of());
        return message == null ? page : withMessage(page, message);
    }

    private static ModelAndView<Map<String, Object>> withMessage(ModelAndView<Map<String, Object>> page, Flash message) {
        page.getModel().ifPresent(model -> model.put("flash", message));
        return page;
    }

    /** A room type in the form's list: its code (the value sent) and what the clerk reads. */
    record RoomTypeOption(String code, String label) {
    }

    /**
     * The hotel's room types, plus the one typed if the hotel does not have it, so a type the backend does not
     * know comes back as entered with its refusal beside it.
     */
    private static List<RoomTypeOption> roomTypes(HotelInfo hotel, String typed) {
        List<RoomTypeOption> options = new ArrayList<>();
        for (RoomTypeInfo t : hotel.roomTypes()) {
            options.add(new RoomTypeOption(t.code(), t.code() + " · " + t.name() + " · " + t.maxAdults()));
        }
        if (!typed.isEmpty() && options.stream().noneMatch(o -> o.code().equals(typed))) {
            options.add(new RoomTypeOption(typed, typed));
        }
        return options;
    }
}
