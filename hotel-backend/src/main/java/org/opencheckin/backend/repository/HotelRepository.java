package org.opencheckin.backend.repository;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.opencheckin.backend.model.Hotel;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface HotelRepository extends CrudRepository<Hotel, Long> {
    Optional<Hotel> findByCode(String code);
}
