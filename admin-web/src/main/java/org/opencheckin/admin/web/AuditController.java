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

/** The audit log (MANAGER, ADMIN) with the backend's verdict on the whole hash chain, re-checked on every read. */
@Controller("/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    private final StaffApiClient backend;

    AuditController(StaffApiClient backend) {
        this.backend = backend;
    }

    @Get
    ModelAndView<Map<String, Object>> page(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me,
                                           @Nullable @QueryValue Long afterId) {
        return Pages.view("audit/page", me, "audit", backend.audit(me.jwt(), afterId), "afterId", afterId);
    }
}
