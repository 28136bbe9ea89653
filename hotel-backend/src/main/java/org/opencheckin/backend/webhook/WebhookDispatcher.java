package org.opencheckin.backend.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.opencheckin.backend.model.IntegrationClient;
import org.opencheckin.backend.model.WebhookOutboxEntry;
import org.opencheckin.backend.repository.IntegrationClientRepository;
import org.opencheckin.backend.security.DocumentCrypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the webhook outbox: every {@code poll-interval} it claims due entries (see
 * {@link OutboxQueries}), POSTs each payload to its client's URL with the
 * {@link WebhookSignature} headers and records the outcome. Only a 2xx answer counts as
 * delivered; anything else is retried with exponential backoff ({@link WebhookProperties}).
 * Delivery is at-least-once: receivers deduplicate by the {@code X-OpenCheckin-Delivery} id.
 */
@Singleton
@Requires(property = "opencheckin.webhooks.enabled", notEquals = "false")
public class WebhookDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger("opencheckin.webhooks");

    private final OutboxQueries outbox;
    private final IntegrationClientRepository clients;
    private final DocumentCrypto crypto;
    private final WebhookProperties config;
    private final HttpClient http;

    public WebhookDispatcher(OutboxQueries outbox, IntegrationClientRepository clients, DocumentCrypto crypto,
                             WebhookProperties config) {
        this.outbox = outbox;
        this.clients = clients;
        this.crypto = crypto;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelay = "${opencheckin.webhooks.poll-interval:2s}", initialDelay = "${opencheckin.webhooks.poll-interval:2s}")
    void poll() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("event=webhook.poll-failed error={}", e.toString());
        }
    }

    /** Delivers the entries due now; returns how many were delivered. */
    public int runOnce() {
        Instant now = now();
        List<WebhookOutboxEntry> due = outbox.due(now, config.batchSize());
        int delivered = 0;
        for (WebhookOutboxEntry e : due) {
            Instant lease = now.plus(config.requestTimeout()).plus(config.connectTimeout()).plusSeconds(30);
            if (outbox.claim(e.getId(), e.getAttempts(), now, lease) != 1) {
                continue; // another instance has it
            }
            if (deliver(e)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(WebhookOutboxEntry e) {
        IntegrationClient client = clients.findById(e.getClientPk()).orElse(null);
        String error;
        if (client == null || !Boolean.TRUE.equals(client.getEnabled()) || client.getWebhookUrl() == null
                || client.getWebhookSecretEnc() == null) {
            error = "client disabled or has no webhook URL/secret";
        } else {
            error = post(e, client);
        }
        Instant now = now();
        if (error == null) {
            outbox.delivered(e.getId(), now);
            LOG.info("event=webhook.delivered outbox={} type={} client={} attempt={}", e.getId(), e.getEventType(),
                    e.getClientPk(), e.getAttempts() + 1);
            return true;
        }
        int attempts = e.getAttempts() + 1;
        boolean giveUp = attempts >= config.maxAttempts();
        Instant next = now.plus(config.backoffAfter(attempts));
        outbox.attemptFailed(e.getId(), giveUp ? "FAILED" : "PENDING", next, error);
        LOG.warn("event=webhook.attempt-failed outbox={} type={} client={} attempt={} error=\"{}\" {}", e.getId(),
                e.getEventType(), e.getClientPk(), attempts, error, giveUp ? "gaveUp=true" : "retryAt=" + next);
        return false;
    }

    /** One POST; null when the receiver answered 2xx, else what went wrong (no response body). */
    private String post(WebhookOutboxEntry e, IntegrationClient client) {
        try {
            String secret = crypto.decrypt(client.getWebhookSecretEnc());
            long t = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.getWebhookUrl()))
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.EVENT_HEADER, e.getEventType())
                    .header(WebhookSignature.DELIVERY_HEADER, e.getEventId())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(secret, t, e.getPayload()))
                    .POST(HttpRequest.BodyPublishers.ofString(e.getPayload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException | IllegalArgumentException | IllegalStateException ex) {
            String m = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            return m.length() > 400 ? m.substring(0, 400) : m;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
