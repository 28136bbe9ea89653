package org.opencheckin.kiosk.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.device.ScannedDocument;
import org.opencheckin.kiosk.device.fake.FakeDocumentSource;
import org.opencheckin.kiosk.fakes.Documents;
import org.opencheckin.kiosk.fakes.FakeBackend;
import org.opencheckin.kiosk.fakes.FakeBeans;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a whole check-in through the kiosk's HTTP UI (fake devices and backend), then reads back everything
 * that was logged meanwhile (our code at TRACE) and proves that no guest name, no document number, no image
 * bytes and no key payload is in it, and that the document was wiped from memory at the end.
 */
class KioskPrivacyTest {

    static final Path LOG = Path.of("target", "test-logs", "kiosk.log");

    static EmbeddedServer server;
    static BlockingHttpClient http;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "kiosk.heartbeat.enabled", false,
                "kiosk.flow.tick", "50ms"), FakeBeans.ENV, FakeBeans.FACE_ENV);
        http = HttpClient.create(server.getURL()).toBlocking();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFullSessionLeavesNoGuestDataInTheLogAndNoneInMemory() throws Exception {
        ApplicationContext context = server.getApplicationContext();
        CheckinFlow flow = context.getBean(CheckinFlow.class);
        FakeDocumentSource reader = context.getBean(FakeDocumentSource.class);
        FakeBackend backend = context.getBean(FakeBackend.class);
        long logStart = Files.exists(LOG) ? Files.size(LOG) : 0;

        post("/flow/start", "");
        post("/flow/language", "lang=zh-CN");
        post("/flow/consent", "");
        assertThat(flow.state()).isEqualTo(FlowState.DOCUMENT);
        ScannedDocument document = Documents.residentId();
        reader.place(document);
        awaitState(flow, FlowState.RESERVATION);
        http.exchange(HttpRequest.GET("/"), String.class);
        post("/flow/reservation", "reservationId=1");
        post("/flow/face", "");
        awaitState(flow, FlowState.ROOM);
        post("/flow/room", "");
        post("/flow/keys", "count=2");
        awaitState(flow, FlowState.DONE);
        List<String> payloads = backend.keysByIdempotencyKey.values().stream()
                .flatMap(k -> k.keys().stream()).map(k -> k.payload()).toList();
        post("/flow/finish", "");
        assertThat(flow.state()).isEqualTo(FlowState.ATTRACT);

        assertThat(document.isWiped()).isTrue();
        assertThat(document.documentNumber()).doesNotContain(Documents.ID_NUMBER);
        assertThat(document.fullName()).doesNotContain(Documents.NAME);
        assertThat(document.portrait()).containsOnly((byte) 0);

        String log = readLogFrom(logStart);
        assertThat(log).as("the session was logged at all").contains("flow: KEYS -> DONE");
        assertThat(log).doesNotContain(Documents.NAME, Documents.ID_NUMBER,
                new String(Documents.PORTRAIT, StandardCharsets.ISO_8859_1),
                Base64.getEncoder().encodeToString(Documents.PORTRAIT),
                HexFormat.of().formatHex(Documents.PORTRAIT), "1990-03-07");
        for (String payload : payloads) {
            assertThat(log).doesNotContain(payload, HexFormat.of().formatHex(Base64.getDecoder().decode(payload)));
        }
        assertThat(log).doesNotContain("JFIF");
    }

    private static void post(String path, String form) {
        http.exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    private static void awaitState(CheckinFlow flow, FlowState state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (flow.state() != state && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(flow.state()).isEqualTo(state);
    }

    private static String readLogFrom(long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(LOG);
        return new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
    }
}
