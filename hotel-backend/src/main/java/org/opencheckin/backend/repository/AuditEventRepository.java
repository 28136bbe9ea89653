package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import org.opencheckin.backend.model.AuditEvent;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends CrudRepository<AuditEvent, Long> {

    @Query(value = "SELECT * FROM audit_event WHERE hotel_id = :hotelId AND chain_seq IS NOT NULL ORDER BY chain_seq",
            nativeQuery = true)
    List<AuditEvent> findSealed(long hotelId);

    @Query(value = "SELECT * FROM audit_event WHERE hotel_id = :hotelId AND chain_seq IS NULL ORDER BY id LIMIT 1000",
            nativeQuery = true)
    List<AuditEvent> findUnsealed(long hotelId);

    @Query(value = "SELECT DISTINCT hotel_id FROM audit_event WHERE chain_seq IS NULL", nativeQuery = true)
    List<Long> findHotelsWithUnsealed();

    @Query(value = "UPDATE audit_event SET chain_seq = :chainSeq, prev_hash = :prevHash, entry_hash = :entryHash"
            + " WHERE id = :id AND chain_seq IS NULL", nativeQuery = true)
    int seal(long id, long chainSeq, String prevHash, String entryHash);
}
