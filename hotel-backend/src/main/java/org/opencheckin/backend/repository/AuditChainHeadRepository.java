package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.opencheckin.backend.model.AuditChainHead;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditChainHeadRepository extends CrudRepository<AuditChainHead, Long> {
    @Query(value = "SELECT * FROM audit_chain_head WHERE hotel_id = :hotelId FOR UPDATE", nativeQuery = true)
    Optional<AuditChainHead> findForUpdate(long hotelId);
}
