package org.opencheckin.backend.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.staff.StaffBackends;
import org.opencheckin.backend.staff.StaffWorld;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;

/**
 * Webhooks end to end with a tiny HTTP receiver in the test: the receiver fails the first
 * delivery with 500; the outbox retries it after its backoff; every delivery carries a valid
 * HMAC-SHA256 signature over the exact body; check-in completed (kiosk and desk), keys issued
 * and check-out all arrive, without guest names; several dispatchers draining one outbox send
 * each event once.
 */
class WebhookDeliveryTest {
    /** One request the receiver saw. */
    record Received(String event, String delivery, String signature, String body, int answeredWith) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger(1);

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    static List<String> backends() {
        return StaffBackends.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void eventsArriveSignedAndAreRetriedAfterA500(String backend) throws Exception {
        StaffWorld w = StaffWorld.create(StaffBackends.byName(backend));
        String secret = "whsec-" + w.ownCode() + "-0123456789";
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        Backend.Response set = w.b.send("PUT", "/api/v1/integration/webhook", w.integrator,
                "{\"url\":\"" + url + "\",\"secret\":\"" + secret + "\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        // 1. a desk check-in: checkin.completed + keys.issued; the first delivery is answered 500
        long[] desk = w.checkedIn();
        // 2. a kiosk check-in to the end: keys.issued + checkin.completed
        String[] kiosk = w.keysIssued();
        assertThat(w.kiosk(kiosk[0], "/keys/" + kiosk[1] + "/dispensed", null).status()).isEqualTo(200);
        assertThat(w.kiosk(kiosk[0], "/complete", null).status()).isEqualTo(200);
        // 3. the desk guest checks out: checkout.completed
        Backend.Response out = w.b.post("/api/v1/staff/reservations/" + desk[0] + "/check-out", w.frontDesk, null);
        assertThat(out.status()).as(out.body()).isEqualTo(200);

        long hotelId = w.own.hotel().getId();
        await(Duration.ofSeconds(20), () -> Sql.count(w.b,
                "SELECT COUNT(*) FROM webhook_outbox WHERE hotel_id = ? AND status = 'DELIVERED'", hotelId) == 5);

        List<List<Object>> rows = Sql.rows(w.b, "SELECT event_type, status, attempts, event_id FROM webhook_outbox"
                + " WHERE hotel_id = ? ORDER BY id", hotelId);
        assertThat(rows).extracting(r -> (String) r.get(0)).containsExactly(
                "checkin.completed", "keys.issued", "keys.issued", "checkin.completed", "checkout.completed");
        assertThat(rows).extracting(r -> (String) r.get(1)).containsOnly("DELIVERED");
        // The first entry needed two attempts (500, then 204), every other one exactly one.
        assertThat(((Number) rows.get(0).get(2)).intValue()).isEqualTo(2);
        assertThat(rows.subList(1, rows.size())).extracting(r -> ((Number) r.get(2)).intValue()).containsOnly(1);

        List<Received> mine = received.stream().filter(r -> r.body().contains("\"" + w.ownCode() + "\"")).toList();
        assertThat(mine).hasSize(6);
        Received failed = mine.get(0);
        assertThat(failed.answeredWith()).isEqualTo(500);
        assertThat(failed.event()).isEqualTo("checkin.completed");
        // the retry is the same delivery (same id and body), sent again after the backoff
        assertThat(mine.subList(1, mine.size())).filteredOn(r -> r.delivery().equals(failed.delivery()))
                .singleElement().satisfies(r -> {
                    assertThat(r.answeredWith()).isEqualTo(204);
                    assertThat(r.body()).isEqualTo(failed.body());
                });
        assertThat(mine.stream().map(Received::delivery).distinct().count())
                .as("one id per event and receiver; only the retried one repeats").isEqualTo(5);
        JsonMapper json = w.b.bean(JsonMapper.class);
        for (Received r : mine) {
            assertThat(WebhookSignature.verify(secret, r.signature(), r.body())).as(r.signature()).isTrue();
            assertThat(WebhookSignature.verify("another-secret-0123", r.signature(), r.body())).isFalse();
            assertThat(WebhookSignature.verify(secret, r.signature(), r.body().replace("\"roomNumber\"", "\"roomNumbeR\"")))
                    .isFalse();
            long t = Long.parseLong(r.signature().replaceAll("^t=(\\d+),.*$", "$1"));
            assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(120);
            Map<String, Object> body = json.readValue(r.body(), Map.class);
            assertThat(body.get("eventType")).isEqualTo(r.event());
            assertThat(body.get("hotelCode")).isEqualTo(w.ownCode());
            assertThat(body.get("roomNumber")).isNotNull();
            assertThat(r.body()).doesNotContain("Walker").doesNotContain("Guest");
        }
        Map<String, Object> keys = mine.stream().filter(r -> r.event().equals("keys.issued"))
                .map(r -> readMap(json, r.body()))
                .filter(m -> ((Number) ((Map<?, ?>) m.get("reservation")).get("reservationId")).longValue() == desk[0])
                .findFirst().orElseThrow();
        assertThat(((List<?>) keys.get("keySerials")).stream().map(o -> ((Number) o).longValue()).toList())
                .containsExactly(desk[1]);
        Map<String, Object> checkout = mine.stream().filter(r -> r.event().equals("checkout.completed"))
                .map(r -> readMap(json, r.body())).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) checkout.get("reservation")).get("status")).isEqualTo("CHECKED_OUT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aReceiverThatNeverAnswers2xxEndsFailedAfterMaxAttempts(String backend) throws Exception {
        failuresLeft.set(Integer.MAX_VALUE);
        StaffWorld w = StaffWorld.create(StaffBackends.byName(backend));
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        assertThat(w.b.send("PUT", "/api/v1/integration/webhook", w.integrator,
                "{\"url\":\"" + url + "\",\"secret\":\"whsec-never-0123456789\"}").status()).isEqualTo(200);
        w.checkedIn();
        long hotelId = w.own.hotel().getId();
        // max-attempts is 4 in the test configuration, backoff 300 ms doubling up to 1 s
        await(Duration.ofSeconds(20), () -> Sql.count(w.b,
                "SELECT COUNT(*) FROM webhook_outbox WHERE hotel_id = ? AND status = 'FAILED'", hotelId) == 2);
        List<List<Object>> rows = Sql.rows(w.b, "SELECT attempts, last_error FROM webhook_outbox WHERE hotel_id = ?", hotelId);
        assertThat(rows).extracting(r -> ((Number) r.get(0)).intValue()).containsOnly(4);
        assertThat(rows).extracting(r -> (String) r.get(1)).containsOnly("HTTP 500");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void concurrentDispatchersSendEachEventOnce(String backend) throws Exception {
        failuresLeft.set(0);
        StaffWorld w = StaffWorld.create(StaffBackends.byName(backend));
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        assertThat(w.b.send("PUT", "/api/v1/integration/webhook", w.integrator,
                "{\"url\":\"" + url + "\",\"secret\":\"whsec-once-0123456789\"}").status()).isEqualTo(200);
        WebhookDispatcher dispatcher = w.b.bean(WebhookDispatcher.class);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> drainers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) { // four more dispatchers racing the scheduled one
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    dispatcher.runOnce();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            t.start();
            drainers.add(t);
        }
        for (int i = 0; i < 6; i++) {
            w.checkedIn(); // two events each
        }
        long hotelId = w.own.hotel().getId();
        await(Duration.ofSeconds(20), () -> Sql.count(w.b,
                "SELECT COUNT(*) FROM webhook_outbox WHERE hotel_id = ? AND status = 'DELIVERED'", hotelId) == 12);
        stop.set(true);
        for (Thread t : drainers) {
            t.join();
        }
        List<Received> mine = received.stream().filter(r -> r.body().contains("\"" + w.ownCode() + "\"")).toList();
        assertThat(mine).hasSize(12);
        assertThat(mine.stream().map(Received::delivery).distinct().count()).isEqualTo(12);
        assertThat(Sql.count(w.b, "SELECT COUNT(*) FROM webhook_outbox WHERE hotel_id = ? AND attempts <> 1", hotelId))
                .isZero();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readMap(JsonMapper json, String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(Duration max, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + max);
            }
            Thread.sleep(50);
        }
    }
}
