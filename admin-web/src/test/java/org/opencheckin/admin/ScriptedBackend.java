package org.opencheckin.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A stand-in hotel backend for tests: answers {@code "METHOD /path"} with a scripted status and JSON body and
 * records every request it got. Unscripted calls answer 404 problem+json, like the backend for an unknown id.
 */
public final class ScriptedBackend implements AutoCloseable {

    /** One request as received: method, path (without query), raw query, Authorization header, body. */
    public record Received(String method, String path, String query, String authorization, String body) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public ScriptedBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public ScriptedBackend json(String methodAndPath, int status, String body) {
        answers.put(methodAndPath, new Answer(status, "application/json", body));
        return this;
    }

    public ScriptedBackend problem(String methodAndPath, int status, String code, String detail) {
        answers.put(methodAndPath, new Answer(status, "application/problem+json",
                "{\"type\":\"urn:opencheckin:problem:" + code + "\",\"title\":\"Refused\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}"));
        return this;
    }

    /** A problem+json refusal naming rejected body fields ({@code errors[]}: field, message), as bean validation does. */
    public ScriptedBackend problem(String methodAndPath, int status, String code, String detail,
                                   Map<String, String> fieldErrors) {
        String errors = fieldErrors.entrySet().stream()
                .map(e -> "{\"field\":\"" + e.getKey() + "\",\"message\":\"" + e.getValue() + "\"}")
                .collect(Collectors.joining(","));
        answers.put(methodAndPath, new Answer(status, "application/problem+json",
                "{\"type\":\"urn:opencheckin:problem:" + code + "\",\"title\":\"Refused\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\",\"errors\":[" + errors + "]}"));
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public void reset() {
        answers.clear();
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(404,
                "application/problem+json", "{\"title\":\"Not found\",\"status\":404,\"code\":\"not-found\"}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
