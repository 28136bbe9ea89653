package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencheckin.admin.backend.StaffApi.Kiosk;
import org.opencheckin.admin.backend.StaffApi.KioskCredentials;
import org.opencheckin.admin.backend.StaffApiClient;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;

/** Live kiosks (MANAGER, ADMIN): heartbeat age, device states, card stock; ADMIN disables and rotates tokens. */
@Controller("/kiosks")
@ExecuteOn(TaskExecutors.BLOCKING)
class KioskController {
    /** A kiosk heartbeats every few seconds; a minute of silence means it is off or cut off. */
    static final Duration STALE_AFTER = Duration.ofSeconds(60);

    /** One row: the kiosk, seconds since its heartbeat (null: never), and its last self-reported status. */
    record KioskRow(Kiosk kiosk, @Nullable Long heartbeatAgeSeconds, boolean stale, Map<String, String> devices,
                    @Nullable String cardStock) {
    }

    private final StaffApiClient backend;
    private final JsonMapper json;

    KioskController(StaffApiClient backend, JsonMapper json) {
        this.backend = backend;
        this.json = json;
    }

    @Get
    ModelAndView<Map<String, Object>> page(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me) {
        Instant now = Instant.now();
        List<KioskRow> rows = backend.kiosks(me.jwt()).stream().map(k -> row(k, now)).toList();
        return Pages.view("kiosks/page", me, "kiosks", rows);
    }

    @Post(value = "/{kioskId}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, long kioskId,
                            @Nullable String csrf, @Nullable String code) {
        Pages.requireCsrf(me, csrf);
        Pages.act(me, () -> backend.disableKiosk(me.jwt(), kioskId), "kiosks.disabled",
                code == null ? kioskId : code);
        return Pages.redirect("/kiosks");
    }

    /** The new token is rendered on this response only, never stored here or put in a redirect. */
    @Post(value = "/{kioskId}/rotate-token", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> rotate(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, long kioskId,
                                             @Nullable String csrf) {
        Pages.requireCsrf(me, csrf);
        KioskCredentials credentials = backend.rotateKioskToken(me.jwt(), kioskId);
        return Pages.view("kiosks/token", me, "credentials", credentials);
    }

    private KioskRow row(Kiosk k, Instant now) {
        Long age = k.lastHeartbeatAt() == null ? null
                : Math.max(0, Duration.between(k.lastHeartbeatAt(), now).toSeconds());
        Map<String, String> devices = new LinkedHashMap<>();
        String cardStock = null;
        Map<?, ?> status = parse(k.deviceStatus());
        if (status.get("devices") instanceof Map<?, ?> d) {
            d.forEach((name, state) -> devices.put(String.valueOf(name), String.valueOf(state)));
        }
        if (status.get("cardStock") != null) {
            cardStock = String.valueOf(status.get("cardStock"));
        }
        return new KioskRow(k, age, age == null || age > STALE_AFTER.toSeconds(), devices, cardStock);
    }

    /** The kiosk's free-form status JSON as a map; anything unreadable counts as "nothing reported". */
    private Map<?, ?> parse(@Nullable String deviceStatus) {
        if (deviceStatus == null || deviceStatus.isBlank()) {
            return Map.of();
        }
        try {
            Object value = json.readValue(deviceStatus, Object.class);
            return value instanceof Map<?, ?> m ? m : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
