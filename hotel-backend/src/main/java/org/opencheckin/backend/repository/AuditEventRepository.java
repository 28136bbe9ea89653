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

    /** At most this many entries are sealed in one transaction. */
    int SEAL_BATCH = 1000;

    /**
     * The oldest unsealed entries of a hotel, by id. Ordered by {@code chain_seq, id} (the same
     * order: chain_seq is NULL here) so that MariaDB reads them through {@code uq_audit_chain}
     * (hotel_id, chain_seq[, id]); with {@code ORDER BY id LIMIT} it walked {@code ix_audit_hotel}
     * through every sealed entry of the hotel on each run of the seal job.
     */
    @Query(value = "SELECT * FROM audit_event WHERE hotel_id = :hotelId AND chain_seq IS NULL"
            + " ORDER BY chain_seq, id LIMIT " + SEAL_BATCH, nativeQuery = true)
    List<AuditEvent> findUnsealed(long hotelId);

    @Query(value = "SELECT DISTINCT hotel_id FROM audit_event WHERE chain_seq IS NULL", nativeQuery = true)
    List<Long> findHotelsWithUnsealed();

    @Query(value = "UPDATE audit_event SET chain_seq = :chainSeq, prev_hash = :prevHash, entry_hash = :entryHash"
            + " WHERE id = :id AND chain_seq IS NULL", nativeQuery = true)
    int seal(long id, long chainSeq, String prevHash, String entryHash);
}
