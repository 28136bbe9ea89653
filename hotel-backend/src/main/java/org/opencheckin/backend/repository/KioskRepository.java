package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import org.opencheckin.backend.model.Kiosk;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface KioskRepository extends CrudRepository<Kiosk, Long> {
    Optional<Kiosk> findByTokenHash(String tokenHash);

    Optional<Kiosk> findByHotelIdAndCode(Long hotelId, String code);

    @Query(value = "UPDATE kiosk SET last_heartbeat_at = :now, device_status = :deviceStatus WHERE id = :id",
            nativeQuery = true)
    int heartbeat(long id, Instant now, String deviceStatus);
}
