package org.opencheckin.backend.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** One running backend (an embedded server on a random port) and a raw HTTP client for it. */
public record Backend(String name, EmbeddedServer server, HttpClient http) {

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    @Override
    public String toString() {
        return name;
    }

    /** A response with its body parsed as a JSON object when it is one. */
    public record Response(int status, String contentType, String body, Map<String, Object> json,
                           java.net.http.HttpHeaders headers) {
        @SuppressWarnings("unchecked")
        public <T> T get(String field) {
            return (T) json.get(field);
        }

        public String problemCode() {
            return json == null ? null : (String) json.get("code");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response send(String method, String path, String token, String jsonBody, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String ct = r.headers().firstValue("Content-Type").orElse("");
            Map<String, Object> parsed = null;
            if (r.body() != null && r.body().startsWith("{")) {
                parsed = bean(JsonMapper.class).readValue(r.body(), Map.class);
            }
            return new Response(r.statusCode(), ct, r.body(), parsed, r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String token, String jsonBody, String... headers) {
        return send("POST", path, token, jsonBody, headers);
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }
}
