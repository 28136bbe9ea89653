package org.opencheckin.backend.integration;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import org.opencheckin.backend.model.IntegrationClient;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IntegrationQueries extends GenericRepository<IntegrationClient, Long> {
    @Query(value = "SELECT COUNT(*) FROM integration_client_hotel WHERE client_pk = :clientPk AND hotel_id = :hotelId",
            nativeQuery = true)
    long countGrant(long clientPk, long hotelId);

    /** Enabled clients granted a hotel that have a webhook URL: the receivers of its events. */
    @Query(value = "SELECT c.* FROM integration_client c JOIN integration_client_hotel g ON g.client_pk = c.id"
            + " WHERE g.hotel_id = :hotelId AND c.enabled = TRUE AND c.webhook_url IS NOT NULL ORDER BY c.id",
            nativeQuery = true)
    List<IntegrationClient> webhookReceivers(long hotelId);
}
