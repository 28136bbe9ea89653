package org.opencheckin.backend.staff;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import org.opencheckin.backend.model.Hotel;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffDirectoryQueries extends GenericRepository<Hotel, Long> {
    List<Hotel> findByChainIdOrderByCode(Long chainId);
}
