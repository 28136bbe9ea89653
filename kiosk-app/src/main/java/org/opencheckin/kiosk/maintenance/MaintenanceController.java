package org.opencheckin.kiosk.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.opencheckin.kiosk.device.DeviceFaultException;
import org.opencheckin.kiosk.device.DeviceStatusBoard;
import org.opencheckin.kiosk.device.DocumentSource;
import org.opencheckin.kiosk.device.KeyCardIssuer;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowState;
import org.opencheckin.kiosk.identity.FaceCheck;
import org.opencheckin.kiosk.ui.FlowLocaleResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Maintenance mode behind the technician PIN: device status, self-tests (test read, test card), card-stock
 * count after a refill, recent errors, and taking the kiosk out of service (guests then see a friendly
 * screen). Reached from the attract screen by holding its top-left corner for three seconds, or Ctrl+Alt+M.
 */
@Controller("/maintenance")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MaintenanceController {

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceController.class);
    static final String COOKIE = "kiosk-technician";

    private final TechnicianSessions sessions;
    private final CheckinFlow flow;
    private final DeviceStatusBoard board;
    private final DocumentSource documents;
    private final KeyCardIssuer issuer;
    private final FaceCheck face;
    private final FlowLocaleResolver locales;
    private volatile String lastResult = "";

    public MaintenanceController(TechnicianSessions sessions, CheckinFlow flow, DeviceStatusBoard board,
                                 DocumentSource documents, KeyCardIssuer issuer, FaceCheck face,
                                 FlowLocaleResolver locales) {
        this.sessions = sessions;
        this.flow = flow;
        this.board = board;
        this.documents = documents;
        this.issuer = issuer;
        this.face = face;
        this.locales = locales;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> panel(@CookieValue(COOKIE) @Nullable String token,
                                                   @QueryValue @Nullable String wrong) {
        Map<String, Object> model = new HashMap<>();
        model.put("flow", flow.snapshot());
        model.put("lang", locales.current().toLanguageTag());
        model.put("maintenance", true);
        if (!sessions.valid(token)) {
            model.put("wrongPin", wrong != null);
            return new ModelAndView<>("maintenance/login", model);
        }
        model.put("devices", board.states());
        model.put("errors", board.recentErrors());
        model.put("cardStock", board.cardStock());
        model.put("stackerLevel", board.stackerLevel());
        model.put("faceStatus", face.available() ? "ready" : face.unavailableReason());
        model.put("outOfService", flow.state() == FlowState.OUT_OF_SERVICE);
        model.put("result", lastResult);
        return new ModelAndView<>("maintenance/panel", model);
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> login(@Body("pin") @Nullable String pin) {
        String token = sessions.login(pin);
        if (token == null) {
            return HttpResponse.seeOther(URI.create("/maintenance?wrong=1"));
        }
        return HttpResponse.seeOther(URI.create("/maintenance")).cookie(Cookie.of(COOKIE, token).httpOnly(true)
                .path("/maintenance").sameSite(SameSite.Strict).maxAge(Duration.ofHours(1)));
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> logout(@CookieValue(COOKIE) @Nullable String token) {
        sessions.logout(token);
        return HttpResponse.seeOther(URI.create("/"));
    }

    @Post(value = "/test-read", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> testRead(@CookieValue(COOKIE) @Nullable String token) {
        return guarded(token, () -> deviceAction("test read", () -> {
            String result = documents.selfTest();
            board.ok(documents.name(), result);
            return result;
        }, documents.name()));
    }

    @Post(value = "/test-card", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> testCard(@CookieValue(COOKIE) @Nullable String token) {
        return guarded(token, () -> deviceAction("test card", () -> {
            String result = issuer.selfTest();
            board.cardUsed();
            board.ok(issuer.name(), result);
            return result;
        }, issuer.name()));
    }

    @Post(value = "/refill", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> refill(@CookieValue(COOKIE) @Nullable String token, @Body("count") @Nullable String text) {
        return guarded(token, () -> {
            int count;
            try {
                count = Integer.parseInt(text == null ? "" : text.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 0 || count > 10_000) {
                lastResult = "card count must be a number 0..10000";
                return;
            }
            board.refillCards(count);
            lastResult = "card stock set to " + count;
            LOG.info("maintenance: card stock set to {}", count);
        });
    }

    @Post(value = "/service", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> service(@CookieValue(COOKIE) @Nullable String token, @Body("out") String out) {
        return guarded(token, () -> {
            boolean take = "true".equals(out);
            flow.outOfService(take);
            lastResult = take ? "kiosk out of service" : "kiosk in service";
            LOG.info("maintenance: {}", lastResult);
        });
    }

    private interface DeviceCall {
        String run() throws DeviceFaultException;
    }

    private void deviceAction(String what, DeviceCall call, String device) {
        boolean ran = flow.withDevicesIdle(() -> {
            try {
                lastResult = what + ": " + call.run();
            } catch (DeviceFaultException e) {
                board.fault(device, e.getMessage());
                lastResult = what + " failed: " + e.getMessage();
            }
        });
        if (!ran) {
            lastResult = what + ": not while a guest is using the kiosk (take it out of service first)";
        }
    }

    private HttpResponse<?> guarded(String token, Runnable action) {
        if (!sessions.valid(token)) {
            return HttpResponse.seeOther(URI.create("/maintenance"));
        }
        action.run();
        return HttpResponse.seeOther(URI.create("/maintenance"));
    }
}
