package org.opencheckin.backend.repository;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.opencheckin.backend.model.WebhookOutboxEntry;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WebhookOutboxRepository extends CrudRepository<WebhookOutboxEntry, Long> {
}
