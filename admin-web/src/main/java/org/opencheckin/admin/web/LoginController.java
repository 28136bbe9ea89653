package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.opencheckin.admin.backend.BackendRefusedException;
import org.opencheckin.admin.backend.BackendUnavailableException;
import org.opencheckin.admin.backend.StaffApiClient;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;
import org.opencheckin.admin.session.StaffSessions;

/** Sign in with the backend's staff credentials, sign out. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {
    private final StaffApiClient backend;
    private final StaffSessions sessions;

    LoginController(StaffApiClient backend, StaffSessions sessions) {
        this.backend = backend;
        this.sessions = sessions;
    }

    @Get
    HttpResponse<?> home() {
        return Pages.redirect("/escalations");
    }

    @Get("/login")
    HttpResponse<?> form(HttpRequest<?> request) {
        if (sessions.find(request) != null) {
            return Pages.redirect("/escalations");
        }
        return HttpResponse.ok(Pages.view("login/form", null, "error", null, "username", ""));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> login(@Nullable String username, @Nullable String password) {
        String user = username == null ? "" : username.trim();
        if (user.isEmpty() || password == null || password.isEmpty()) {
            return refused(HttpStatus.BAD_REQUEST, "login.missing", user);
        }
        try {
            StaffSession session = sessions.open(backend.login(user, password));
            return Pages.redirect("/escalations").cookie(sessions.cookie(session));
        } catch (BackendRefusedException e) {
            return switch (e.status()) {
                case 401 -> refused(HttpStatus.UNAUTHORIZED, "login.wrong", user);
                case 429 -> refused(HttpStatus.TOO_MANY_REQUESTS, "login.throttled", user);
                default -> refused(HttpStatus.BAD_GATEWAY, "login.refused", user);
            };
        } catch (BackendUnavailableException e) {
            return refused(HttpStatus.SERVICE_UNAVAILABLE, "error.unreachable", user);
        }
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logout(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, @Nullable String csrf) {
        Pages.requireCsrf(me, csrf);
        sessions.close(me);
        return Pages.redirect("/login").cookie(sessions.clearedCookie());
    }

    private static HttpResponse<?> refused(HttpStatus status, String messageKey, String username) {
        return HttpResponse.status(status).body(Pages.view("login/form", null, "error", messageKey, "username", username));
    }
}
