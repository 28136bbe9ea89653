package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.IntegrationClient;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IntegrationClientRepository extends CrudRepository<IntegrationClient, Long> {
    Optional<IntegrationClient> findByClientId(String clientId);

    @Query(value = "INSERT INTO integration_client_hotel (client_pk, hotel_id) VALUES (:clientPk, :hotelId)",
            nativeQuery = true)
    void grantHotel(long clientPk, long hotelId);

    @Query(value = "SELECT hotel_id FROM integration_client_hotel WHERE client_pk = :clientPk ORDER BY hotel_id",
            nativeQuery = true)
    List<Long> findHotelIds(long clientPk);
}
