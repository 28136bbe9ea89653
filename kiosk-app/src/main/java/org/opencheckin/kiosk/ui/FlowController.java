package org.opencheckin.kiosk.ui;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowSnapshot;
import org.opencheckin.kiosk.flow.FlowState;
import org.opencheckin.kiosk.vision.Guidance;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The touch UI: one URL ({@code /}) shows the screen of the flow's current state; every button is a form
 * POST to {@code /flow/<action>} answered with a redirect back to {@code /} (works without JavaScript, with a
 * keyboard or a switch). A little JavaScript polls {@code /flow/state} to redraw when the kiosk itself moves
 * on (a card was read, a key dispensed) and to show the idle countdown. Thin: all rules live in
 * {@link CheckinFlow}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class FlowController {

    private final CheckinFlow flow;
    private final HotelInfo hotel;
    private final MessageSource messages;
    private final FlowLocaleResolver locales;
    private final KioskLanguages languages;

    public FlowController(CheckinFlow flow, HotelInfo hotel, MessageSource messages, FlowLocaleResolver locales,
                          KioskLanguages languages) {
        this.flow = flow;
        this.hotel = hotel;
        this.messages = messages;
        this.locales = locales;
        this.languages = languages;
    }

    @Serdeable
    public record StateView(String state, long version, long countdown, String guidance) {
    }

    @Serdeable
    public record LanguageForm(String lang) {
    }

    @Serdeable
    public record ToggleForm(@Nullable String on) {
        boolean enabled() {
            return "true".equals(on) || "on".equals(on);
        }
    }

    @Serdeable
    public record ReservationForm(long reservationId) {
    }

    @Serdeable
    public record KeysForm(int count) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> screen() {
        FlowSnapshot snapshot = flow.snapshot();
        Map<String, Object> model = new HashMap<>();
        model.put("flow", snapshot);
        model.put("steps", FlowState.STEPS);
        model.put("hotel", hotel);
        Locale locale = locales.current();
        model.put("lang", locale.toLanguageTag());
        model.put("languages", languages.offered());
        model.put("dates", new StayDates(messages.getMessage("reservation.dateFormat", locale).orElseThrow(), locale));
        return new ModelAndView<>("flow/" + snapshot.state().name().toLowerCase(Locale.ROOT), model);
    }

    @Get(value = "/flow/state", produces = MediaType.APPLICATION_JSON)
    public StateView state() {
        FlowSnapshot snapshot = flow.snapshot();
        Guidance guidance = flow.guidance();
        String text = guidance == null ? "" : messages.getMessage("face.guidance." + guidance.name(),
                locales.current()).orElse("");
        return new StateView(snapshot.state().name(), snapshot.version(), snapshot.countdownSeconds(), text);
    }

    @Post(value = "/flow/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> start() {
        flow.start();
        return home();
    }

    /** A language that is not in {@code kiosk.ui.languages} is ignored: the language screen stays. */
    @Post(value = "/flow/language", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> language(@Body LanguageForm form) {
        if (languages.accepts(form.lang())) {
            flow.chooseLanguage(form.lang());
        }
        return home();
    }

    @Post(value = "/flow/accessible", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> accessible(@Body ToggleForm form) {
        flow.accessible(form.enabled());
        return home();
    }

    @Post(value = "/flow/consent", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> consent(@Body("faceByStaff") @Nullable String faceByStaff) {
        flow.acceptConsent("true".equals(faceByStaff));
        return home();
    }

    @Post(value = "/flow/decline", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decline() {
        flow.declineConsent();
        return home();
    }

    @Post(value = "/flow/code", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> code(@Body("code") @Nullable String code) {
        flow.enterCode(code);
        return home();
    }

    @Post(value = "/flow/qr", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> qr(@Body ToggleForm form) {
        flow.scanQr(form.enabled());
        return home();
    }

    @Post(value = "/flow/reservation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reservation(@Body ReservationForm form) {
        flow.chooseReservation(form.reservationId());
        return home();
    }

    @Post(value = "/flow/face", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> face() {
        flow.startFaceTry();
        return home();
    }

    @Post(value = "/flow/face-staff", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> faceByStaff() {
        flow.verifyWithStaff();
        return home();
    }

    @Post(value = "/flow/room", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> room() {
        flow.continueToKeys();
        return home();
    }

    @Post(value = "/flow/keys", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> keys(@Body KeysForm form) {
        if (form.count() >= 1 && form.count() <= flow.snapshot().maxKeys()) {
            flow.requestKeys(form.count());
        }
        return home();
    }

    @Post(value = "/flow/finish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> finish() {
        flow.finish();
        return home();
    }

    @Post(value = "/flow/staff", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> callStaff() {
        flow.callStaff();
        return home();
    }

    @Post(value = "/flow/staff-cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancelStaff() {
        flow.cancelStaffCall();
        return home();
    }

    @Post(value = "/flow/start-over", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> startOver() {
        flow.startOver();
        return home();
    }

    /** Any touch or key press on a screen (sent by the page's script), and the countdown's button. */
    @Post(value = "/flow/still-here", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    public HttpResponse<?> stillHere() {
        flow.stillHere();
        return HttpResponse.noContent();
    }

    private static HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create("/"));
    }
}
