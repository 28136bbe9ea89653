package org.opencheckin.backend.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import org.opencheckin.backend.model.WebhookOutboxEntry;

/**
 * The outbox's claim protocol: an instance owns an entry for one delivery by moving its
 * {@code next_attempt_at} into the future with a conditional UPDATE, so several backend
 * instances drain one outbox without sending an entry twice at the same time.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxQueries extends GenericRepository<WebhookOutboxEntry, Long> {
    @Query(value = "SELECT * FROM webhook_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " ORDER BY next_attempt_at, id LIMIT :limit", nativeQuery = true)
    List<WebhookOutboxEntry> due(Instant now, int limit);

    @Query(value = "UPDATE webhook_outbox SET next_attempt_at = :lease WHERE id = :id AND status = 'PENDING'"
            + " AND attempts = :attempts AND next_attempt_at <= :now", nativeQuery = true)
    int claim(long id, int attempts, Instant now, Instant lease);

    @Query(value = "UPDATE webhook_outbox SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = :now,"
            + " last_error = NULL WHERE id = :id", nativeQuery = true)
    int delivered(long id, Instant now);

    @Query(value = "UPDATE webhook_outbox SET status = :status, attempts = attempts + 1, next_attempt_at = :next,"
            + " last_error = :error WHERE id = :id", nativeQuery = true)
    int attemptFailed(long id, String status, Instant next, String error);
}
