package org.opencheckin.backend.repository;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.opencheckin.backend.model.HotelChain;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface HotelChainRepository extends CrudRepository<HotelChain, Long> {
    Optional<HotelChain> findByCode(String code);
}
