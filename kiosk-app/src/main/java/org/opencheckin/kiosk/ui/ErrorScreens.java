package org.opencheckin.kiosk.ui;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * What the kiosk answers when a request fails, instead of the framework's JSON: the guest never sees
 * a stack trace or an error object, and the check-in is not lost, since its state lives in the flow,
 * not in the request.
 * <ul>
 * <li>A failed button (a form POST) goes back to the screen it came from ({@code /} or
 * {@code /maintenance}), which shows the flow's current state again.</li>
 * <li>A page that cannot be shown (a GET in the browser) is a fixed page, built without a template so
 * that it cannot fail in turn, in Chinese, English, Japanese and Korean, which returns to the start screen
 * by itself.</li>
 * <li>The page's own scripts (JSON, the camera stream) get a short JSON error.</li>
 * </ul>
 * Each failure is logged with method, path, status and exception class: never the request's body or
 * query, which may carry a guest's input.
 */
@Controller
class ErrorScreens {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorScreens.class);
    /** Seconds before the fixed page returns to the start screen. */
    static final int RETURN_SECONDS = 15;
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="%d;url=/">
            <title>抱歉 / Sorry</title><link rel="stylesheet" href="/static/kiosk.css"></head>
            <body><main class="screen" id="error-screen">
            <h1>抱歉，出了点问题</h1>
            <p>请稍候，本机将返回首页；如需帮助，请联系前台工作人员。</p>
            <h1 lang="en">Sorry, something went wrong</h1>
            <p lang="en">This kiosk will return to the start screen. If you need help, please ask the front desk.</p>
            <h1 lang="ja">申し訳ございません。問題が発生しました</h1>
            <p lang="ja">まもなく最初の画面に戻ります。お困りの際はフロントにお声がけください。</p>
            <h1 lang="ko">죄송합니다. 문제가 발생했습니다</h1>
            <p lang="ko">곧 처음 화면으로 돌아갑니다. 도움이 필요하시면 프런트 데스크에 문의해 주세요.</p>
            <p><a class="button primary" href="/" id="error-start-over">返回首页 / Start again / 最初に戻る / 처음으로</a></p>
            </main></body></html>
            """.formatted(RETURN_SECONDS);

    /** The JSON answer to the page's scripts: the status and its reason, nothing from inside. */
    @Serdeable
    record ErrorBody(int status, String message) {
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return answer(request, HttpStatus.NOT_FOUND, null);
    }

    @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
    HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, null);
    }

    @Error(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, global = true)
    HttpResponse<?> unsupportedMediaType(HttpRequest<?> request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);
    }

    @Error(global = true)
    HttpResponse<?> failed(HttpRequest<?> request, Throwable e) {
        HttpStatus status = e instanceof HttpStatusException s ? s.getStatus()
                : e instanceof io.micronaut.core.convert.exceptions.ConversionErrorException
                || e instanceof io.micronaut.web.router.exceptions.UnsatisfiedRouteException
                ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        return answer(request, status, e);
    }

    private static HttpResponse<?> answer(HttpRequest<?> request, HttpStatus status, Throwable e) {
        String path = request.getPath();
        if (e != null && status.getCode() >= 500) {
            LOG.error("event=ui.request.failed method={} path={} status={} exception={}", request.getMethod(), path,
                    status.getCode(), e.getClass().getName(), e);
        } else {
            LOG.warn("event=ui.request.refused method={} path={} status={}{}", request.getMethod(), path,
                    status.getCode(), e == null ? "" : " exception=" + e.getClass().getName());
        }
        if (!wantsPage(request)) {
            return HttpResponse.status(status).body(new ErrorBody(status.getCode(), status.getReason()));
        }
        if (request.getMethod() == HttpMethod.POST) {
            return HttpResponse.seeOther(URI.create(path.startsWith("/maintenance") ? "/maintenance" : "/"));
        }
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8").body(PAGE);
    }

    /** Browser navigations and form posts ask for HTML; the page's fetch() calls and the camera stream do not. */
    private static boolean wantsPage(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(t -> MediaType.TEXT_HTML.equals(t.getName())); // not */*
    }
}
