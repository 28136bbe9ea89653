package org.opencheckin.backend.repository;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import org.opencheckin.backend.model.AuditEvent;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends CrudRepository<AuditEvent, Long> {
    List<AuditEvent> findByHotelIdOrderById(Long hotelId);
}
