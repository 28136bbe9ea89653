package org.opencheckin.admin.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import org.opencheckin.admin.backend.BackendRefusedException;
import org.opencheckin.admin.backend.BackendUnavailableException;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;
import org.opencheckin.admin.session.StaffSessions;
import io.micronaut.views.exceptions.ViewRenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.exceptions.TemplateEngineException;

/** Every failure becomes a page that says what happened in the staff member's language; never a stack trace. */
@Controller
class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    /** For a page whose template failed: built without a template, in both languages. */
    static final String UNRENDERABLE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Something went wrong</title>
            <link rel="stylesheet" href="/static/admin.css"></head>
            <body><main><h1>Something went wrong</h1>
            <p class="flash error" id="error-message">This page could not be shown. Nothing was changed by showing it;
            try again, or go back to the <a href="/escalations">escalation queue</a>. The details are in the log.</p>
            <p lang="zh-CN">页面无法显示（未做任何更改）。请重试，或返回<a href="/escalations">待处理</a>列表。详情见日志。</p>
            </main></body></html>
            """;

    private final StaffSessions sessions;

    ErrorPages(StaffSessions sessions) {
        this.sessions = sessions;
    }

    /** 401: the JWT expired or the user was disabled; sign out here too. Other refusals: the backend's reason. */
    @Error(global = true)
    HttpResponse<?> refused(HttpRequest<?> request, BackendRefusedException e) {
        StaffSession me = me(request);
        if (e.status() == 401) {
            if (me != null) {
                sessions.close(me);
            }
            return Pages.redirect("/login").cookie(sessions.clearedCookie());
        }
        if (e.status() == 403) {
            return page(request, HttpStatus.FORBIDDEN, "error.forbidden", "");
        }
        if (e.status() == 404) {
            return page(request, HttpStatus.NOT_FOUND, "error.notFound", "");
        }
        return page(request, HttpStatus.BAD_GATEWAY, "error.refused", e.detail() != null ? e.detail() : e.code());
    }

    @Error(global = true)
    HttpResponse<?> unreachable(HttpRequest<?> request, BackendUnavailableException e) {
        return page(request, HttpStatus.SERVICE_UNAVAILABLE, "error.unreachable", "");
    }

    @Error(global = true)
    HttpResponse<?> csrf(HttpRequest<?> request, CsrfRejectedException e) {
        LOG.warn("event=csrf.rejected path={}", request.getPath());
        return page(request, HttpStatus.FORBIDDEN, "error.csrf", "");
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "error.notFound", "");
    }

    @Error(global = true)
    HttpResponse<?> unexpected(HttpRequest<?> request, Exception e) {
        LOG.error("event=page.failed path={}", request.getPath(), e);
        if (e instanceof ViewRenderingException || e instanceof TemplateEngineException) {
            // the views filter has run already: an error page that is a view would not be rendered now
            return HttpResponse.serverError(UNRENDERABLE).contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8");
        }
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", "");
    }

    private static StaffSession me(HttpRequest<?> request) {
        return request.getAttribute(SessionFilter.ATTRIBUTE, StaffSession.class).orElse(null);
    }

    private static HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String key, String arg) {
        return HttpResponse.status(status).body(Pages.view("error/page", me(request), "errorKey", key,
                "errorArg", arg == null ? "" : arg));
    }
}
