package org.opencheckin.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.opencheckin.admin.ScriptedBackend;

/**
 * The admin web on a free port against a scripted backend, and a browser for each test (cookies kept,
 * redirects not followed): what the page tests share.
 */
abstract class PagesOverHttp {
    /** Adds {@link BrokenViewController}. */
    static final String BROKEN_VIEW_ENV = "broken-view";
    /** A page that never answers fails its test instead of stalling the build. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    static ScriptedBackend backend;
    static EmbeddedServer server;
    HttpClient browser;

    @BeforeAll
    static void start() throws IOException {
        backend = new ScriptedBackend();
        server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("admin.backend.url", backend.url(), "micronaut.server.port", -1), BROKEN_VIEW_ENV);
    }

    @AfterAll
    static void stop() {
        server.close();
        backend.close();
    }

    @BeforeEach
    void freshBrowser() {
        backend.reset();
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in with the given role (the scripted backend answers the login). */
    HttpResponse<String> signIn(String role) throws Exception {
        backend.json("POST /api/v1/auth/login", 200, "{\"accessToken\":\"jwt-" + role + "\",\"tokenType\":\"Bearer\","
                + "\"expiresIn\":3600,\"username\":\"user-" + role + "\",\"role\":\"" + role + "\"}");
        HttpResponse<String> login = post("/login", Map.of("username", "user-" + role, "password", "pw"));
        assertThat(login.statusCode()).as("sign-in as " + role).isEqualTo(303);
        return login;
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        return m.group(1);
    }

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
