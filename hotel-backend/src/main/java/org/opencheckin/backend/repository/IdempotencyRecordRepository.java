package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import org.opencheckin.backend.model.IdempotencyRecord;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IdempotencyRecordRepository extends CrudRepository<IdempotencyRecord, Long> {
    Optional<IdempotencyRecord> findByHotelIdAndScopeAndIdempotencyKey(Long hotelId, String scope, String idempotencyKey);

    @Query(value = "DELETE FROM idempotency_record WHERE created_at < :cutoff", nativeQuery = true)
    int deleteCreatedBefore(Instant cutoff);
}
