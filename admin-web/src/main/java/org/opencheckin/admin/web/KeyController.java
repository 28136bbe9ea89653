package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.opencheckin.admin.backend.StaffApi.KeysIssued;
import org.opencheckin.admin.backend.StaffApiClient;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;

/** Key cards, newest first: revoke one, or reissue (raises the room's key sequence, locking older cards out). */
@Controller("/keys")
@ExecuteOn(TaskExecutors.BLOCKING)
class KeyController {
    private final StaffApiClient backend;

    KeyController(StaffApiClient backend) {
        this.backend = backend;
    }

    @Get
    ModelAndView<Map<String, Object>> list(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me,
                                           @Nullable @QueryValue Long roomId, @Nullable @QueryValue Long reservationId,
                                           @Nullable @QueryValue String status) {
        return Pages.view("keys/list", me, "keys", backend.keys(me.jwt(), roomId, reservationId, status),
                "status", status == null ? "" : status, "reservationId", reservationId);
    }

    @Post(value = "/{keySerial}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, long keySerial,
                           @Nullable String csrf) {
        Pages.requireCsrf(me, csrf);
        Pages.act(me, () -> backend.revokeKey(me.jwt(), keySerial), "keys.revoked", keySerial);
        return Pages.redirect("/keys");
    }

    @Post(value = "/{keySerial}/reissue", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reissue(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, long keySerial,
                            @Nullable String csrf, @Nullable Integer count) {
        Pages.requireCsrf(me, csrf);
        int cards = count == null ? 1 : count;
        AtomicReference<KeysIssued> issued = new AtomicReference<>();
        Pages.act(me, () -> issued.set(backend.reissueKey(me.jwt(), keySerial, cards)), "keys.reissued", cards);
        return Pages.redirect(issued.get() == null ? "/keys" : "/keys?reservationId=" + issued.get().reservationId());
    }
}
