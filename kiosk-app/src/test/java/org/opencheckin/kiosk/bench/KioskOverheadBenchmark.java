package org.opencheckin.kiosk.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.opencheckin.kiosk.device.fake.FakeDocumentSource;
import org.opencheckin.kiosk.device.fake.FakeKeyCardIssuer;
import org.opencheckin.kiosk.fakes.Documents;
import org.opencheckin.kiosk.fakes.FakeBeans;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowState;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kiosk's own overhead per check-in: the whole guest flow driven the way the touch screen drives it
 * (form POST, redirect, render the next screen) against the kiosk app with devices, face step and backend
 * that answer instantly (in memory), so every millisecond measured is the kiosk's: HTTP, state machine,
 * Thymeleaf rendering and the worker tick that notices a card, runs the face step and issues keys.
 *
 * <p>A benchmark, not a test: its name does not end in {@code Test}, so {@code mvn verify} skips it. Run it with
 * <pre>
 * mvn -B -pl kiosk-app test -Dtest=KioskOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.runs=50 -Dbench.tick=250ms
 * </pre>
 * and read {@code kiosk-app/target/kiosk-overhead.md}. {@code bench.runs}: check-ins (default 50);
 * {@code bench.tick}: the worker tick (default 250ms, the shipped value).
 */
class KioskOverheadBenchmark {

    @Test
    void measure() throws Exception {
        int runs = Integer.getInteger("bench.runs", 50);
        String tick = System.getProperty("bench.tick", "250ms");
        StringBuilder out = new StringBuilder();
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("kiosk.heartbeat.enabled", false);
        properties.put("kiosk.flow.tick", tick);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, FakeBeans.ENV,
                FakeBeans.FACE_ENV); HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            CheckinFlow flow = server.getApplicationContext().getBean(CheckinFlow.class);
            FakeDocumentSource reader = server.getApplicationContext().getBean(FakeDocumentSource.class);
            FakeKeyCardIssuer dispenser = server.getApplicationContext().getBean(FakeKeyCardIssuer.class);
            List<Double> requests = new ArrayList<>();
            List<Double> waits = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            for (int i = -5; i < runs; i++) {
                boolean measured = i >= 0;
                dispenser.stock(100);
                long start = System.nanoTime();
                List<Double> req = new ArrayList<>();
                List<Double> wait = new ArrayList<>();
                step(http, req, "/flow/start", "");
                step(http, req, "/flow/language", "lang=zh-CN");
                step(http, req, "/flow/consent", "");
                reader.place(Documents.residentId());
                wait.add(await(flow, FlowState.RESERVATION));
                render(http, req);
                step(http, req, "/flow/reservation", "reservationId=1");
                step(http, req, "/flow/face", "");
                wait.add(await(flow, FlowState.ROOM));
                render(http, req);
                step(http, req, "/flow/room", "");
                step(http, req, "/flow/keys", "count=2");
                wait.add(await(flow, FlowState.DONE));
                render(http, req);
                step(http, req, "/flow/finish", "");
                double total = (System.nanoTime() - start) / 1e6;
                if (measured) {
                    requests.addAll(req);
                    waits.add(wait.stream().mapToDouble(Double::doubleValue).sum());
                    totals.add(total);
                }
            }
            out.append(String.format("check-ins: %d, worker tick %s, devices/face/backend in memory (0 ms), %d cores%n%n",
                    runs, tick, Runtime.getRuntime().availableProcessors()));
            out.append("| measure | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n");
            row(out, "one screen action (POST + redirect + render), ms", requests);
            row(out, "waiting for the worker per check-in (card seen, face, 2 keys), ms", waits);
            row(out, "whole check-in, ms", totals);
        }
        Path report = Path.of("target", "kiosk-overhead.md");
        Files.writeString(report, out);
        System.out.println(out);
    }

    private static void step(BlockingHttpClient http, List<Double> sink, String path, String form) {
        long t = System.nanoTime();
        http.exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        http.retrieve(HttpRequest.GET("/"), String.class);
        sink.add((System.nanoTime() - t) / 1e6);
    }

    private static void render(BlockingHttpClient http, List<Double> sink) {
        long t = System.nanoTime();
        http.retrieve(HttpRequest.GET("/"), String.class);
        sink.add((System.nanoTime() - t) / 1e6);
    }

    private static double await(CheckinFlow flow, FlowState state) throws InterruptedException {
        long t = System.nanoTime();
        while (flow.state() != state) {
            if (System.nanoTime() - t > 10_000_000_000L) {
                throw new IllegalStateException("flow stuck in " + flow.state() + ", expected " + state);
            }
            Thread.sleep(1);
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static void row(StringBuilder out, String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        out.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f |%n", name, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.get(sorted.size() - 1)));
    }

    private static double pct(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
