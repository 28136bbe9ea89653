package org.opencheckin.backend.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import org.opencheckin.backend.model.AuditEvent;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditQueries extends GenericRepository<AuditEvent, Long> {
    @Query(value = "SELECT * FROM audit_event WHERE hotel_id = :hotelId AND id > :afterId ORDER BY id LIMIT :limit",
            nativeQuery = true)
    List<AuditEvent> page(long hotelId, long afterId, int limit);
}
