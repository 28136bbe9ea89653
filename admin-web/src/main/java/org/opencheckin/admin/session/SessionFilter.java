package org.opencheckin.admin.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.net.URI;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Every page but the login page, static files and health needs a session: without one the browser is sent to
 * {@code /login}. The session is handed to controllers as request attribute {@link #ATTRIBUTE}. Every answer
 * carries a strict Content-Security-Policy (no inline script), so an unescaped guest string could not run anyway.
 */
@Filter("/**")
public class SessionFilter implements HttpServerFilter {
    public static final String ATTRIBUTE = "staffSession";

    private final StaffSessions sessions;

    public SessionFilter(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        boolean open = path.equals("/login") || path.startsWith("/static/") || path.startsWith("/health");
        StaffSession session = sessions.find(request);
        if (session != null) {
            request.setAttribute(ATTRIBUTE, session);
        } else if (!open) {
            return Flux.just(secured(HttpResponse.seeOther(URI.create("/login"))));
        }
        return Flux.from(chain.proceed(request)).map(SessionFilter::secured);
    }

    private static MutableHttpResponse<?> secured(MutableHttpResponse<?> response) {
        response.getHeaders().add("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'");
        response.getHeaders().add("X-Content-Type-Options", "nosniff");
        response.getHeaders().add("Referrer-Policy", "same-origin");
        response.getHeaders().add("Cache-Control", "no-store");
        return response;
    }
}
