package org.opencheckin.kiosk.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.views.ViewsRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.fakes.FakeBeans;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowState;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad requests and failing pages on the kiosk's UI: the guest gets the screen back or a page in every
 * language, never the framework's JSON or a stack trace, and never a screen that waits for ever.
 */
class ErrorScreensTest {
    static final String ENV = "broken-view";
    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static EmbeddedServer server;
    static HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "kiosk.heartbeat.enabled", false,
                "kiosk.flow.tick", "50ms"), FakeBeans.ENV, FakeBeans.FACE_ENV, ENV);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aButtonWithAMangledFormGoesBackToTheScreenAndTheCheckInGoesOn() throws Exception {
        CheckinFlow flow = server.getApplicationContext().getBean(CheckinFlow.class);
        post("/flow/start", "", "application/x-www-form-urlencoded");
        FlowState before = flow.state();

        HttpResponse<String> keys = post("/flow/keys", "count=abc", "application/x-www-form-urlencoded");
        assertThat(keys.statusCode()).isEqualTo(303);
        assertThat(keys.headers().firstValue("Location")).hasValue("/");
        HttpResponse<String> plain = post("/flow/keys", "zz", "text/plain");
        assertThat(plain.statusCode()).isEqualTo(303);

        assertThat(flow.state()).isEqualTo(before);
        assertThat(get("/", HTML).statusCode()).isEqualTo(200);
    }

    @Test
    void aFailedMaintenanceButtonGoesBackToMaintenance() throws Exception {
        HttpResponse<String> r = post("/maintenance/no-such-action", "x=1", "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/maintenance");
    }

    @Test
    void anUnknownPageIsTheFixedPageInEveryLanguage() throws Exception {
        HttpResponse<String> r = get("/no-such-page", HTML);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(r.body()).contains("Sorry, something went wrong", "抱歉", "申し訳ございません", "죄송합니다", "url=/",
                "error-start-over")
                .doesNotContain("_embedded", "Exception");
        assertThat(get("/flow/keys", HTML).statusCode()).as("GET on a button's URL").isEqualTo(405);
    }

    @Test
    void theScreensScriptsStillGetJson() throws Exception {
        HttpResponse<String> r = get("/no-such-page", "*/*");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"status\":404,\"message\":\"Not Found\"}");
    }

    @Test
    void aTemplateThatFailsWhileRenderingAnswers500InsteadOfHanging() throws Exception {
        assertThat(server.getApplicationContext().getBean(ViewsRenderer.class))
                .isInstanceOf(EagerThymeleafViewsRenderer.class);

        HttpResponse<String> r = get("/test/broken-view", HTML);

        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("Sorry, something went wrong").doesNotContain("guest.name", "Exception");
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", HTML).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
