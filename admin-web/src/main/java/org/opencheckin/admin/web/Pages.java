package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.opencheckin.admin.backend.BackendRefusedException;
import org.opencheckin.admin.backend.BackendUnavailableException;
import org.opencheckin.admin.session.StaffSession;
import org.opencheckin.admin.session.StaffSessions;

/** What every page and every form action share: the layout's model, the CSRF check, the outcome message. */
final class Pages {
    /** The zone the pages show times and "today" in: the admin web's JVM (the staff API does not name the hotel's). */
    static final ZoneId ZONE = ZoneId.systemDefault();

    private Pages() {
    }

    /** A view whose model holds {@code me} (the session: name, role, CSRF token), its pending flash and {@code kv}. */
    static ModelAndView<Map<String, Object>> view(String name, @Nullable StaffSession me, Object... kv) {
        Map<String, Object> model = new HashMap<>();
        model.put("me", me);
        model.put("flash", me == null ? null : me.takeFlash());
        model.put("zone", ZONE);
        for (int i = 0; i < kv.length; i += 2) {
            model.put((String) kv[i], kv[i + 1]);
        }
        return new ModelAndView<>(name, model);
    }

    static void requireCsrf(StaffSession me, @Nullable String submitted) {
        if (!StaffSessions.csrfMatches(me, submitted)) {
            throw new CsrfRejectedException();
        }
    }

    /**
     * Runs one backend action of a form and leaves its outcome as the session's flash: {@code okKey} with
     * {@code okArgs} (at most two) when it worked, the backend's explanation when it was refused, "backend unreachable" when
     * it did not answer. A 401 (JWT expired, user disabled) is rethrown: the error pages sign the user out.
     */
    static void act(StaffSession me, Runnable action, String okKey, Object... okArgs) {
        try {
            action.run();
            me.flash(okKey, okArgs.length > 0 ? String.valueOf(okArgs[0]) : null,
                    okArgs.length > 1 ? String.valueOf(okArgs[1]) : null, false);
        } catch (BackendRefusedException e) {
            if (e.status() == 401) {
                throw e;
            }
            me.flash(e.status() == 403 ? "error.forbidden" : "error.refused",
                    e.detail() != null ? e.detail() : e.code(), true);
        } catch (BackendUnavailableException e) {
            me.flash("error.unreachable", null, true);
        }
    }

    static MutableHttpResponse<?> redirect(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }
}
