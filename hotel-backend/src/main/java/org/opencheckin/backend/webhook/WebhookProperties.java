package org.opencheckin.backend.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code opencheckin.webhooks.*}: how the outbox is drained. A failed delivery (no 2xx, timeout,
 * refused connection) is retried after {@code initial-backoff}, doubling up to {@code max-backoff};
 * after {@code max-attempts} the entry is FAILED and stays in the table for inspection.
 */
@ConfigurationProperties("opencheckin.webhooks")
public record WebhookProperties(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "2s") Duration pollInterval,
        @Bindable(defaultValue = "10s") Duration initialBackoff,
        @Bindable(defaultValue = "1h") Duration maxBackoff,
        @Bindable(defaultValue = "12") int maxAttempts,
        @Bindable(defaultValue = "2s") Duration connectTimeout,
        @Bindable(defaultValue = "5s") Duration requestTimeout,
        @Bindable(defaultValue = "50") int batchSize) {

    /** The wait before attempt {@code attemptsSoFar + 1}. */
    public Duration backoffAfter(int attemptsSoFar) {
        int doublings = Math.min(Math.max(0, attemptsSoFar - 1), 30);
        Duration d = initialBackoff.multipliedBy(1L << Math.min(doublings, 20));
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
