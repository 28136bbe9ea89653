package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.AuditEvent;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends CrudRepository<AuditEvent, Long> {

    @Query(value = "SELECT * FROM audit_event WHERE hotel_id = :hotelId AND chain_seq IS NOT NULL ORDER BY chain_seq",
            nativeQuery = true)
    List<AuditEvent> findSealed(long hotelId);

    /** At most this many entries are sealed in one transaction. */
    int SEAL_BATCH = 1000;

    /** The id of a hotel's oldest unsealed entry (read through uq_audit_chain: hotel_id, chain_seq). */
    @Query(value = "SELECT MIN(id) FROM audit_event WHERE hotel_id = :hotelId AND chain_seq IS NULL",
            nativeQuery = true)
    Optional<Long> findFirstUnsealedId(long hotelId);

    /**
     * The oldest unsealed entries of a hotel from {@code fromId} on ({@link #findFirstUnsealedId}),
     * by id. Without the lower bound MariaDB walked the hotel's entries from the first one, sealed
     * or not, on each run of the seal job: its cost grew with the size of the audit trail.
     */
    @Query(value = "SELECT * FROM audit_event WHERE hotel_id = :hotelId AND id >= :fromId AND chain_seq IS NULL"
            + " ORDER BY id LIMIT " + SEAL_BATCH, nativeQuery = true)
    List<AuditEvent> findUnsealed(long hotelId, long fromId);

    @Query(value = "SELECT DISTINCT hotel_id FROM audit_event WHERE chain_seq IS NULL", nativeQuery = true)
    List<Long> findHotelsWithUnsealed();

    @Query(value = "UPDATE audit_event SET chain_seq = :chainSeq, prev_hash = :prevHash, entry_hash = :entryHash"
            + " WHERE id = :id AND chain_seq IS NULL", nativeQuery = true)
    int seal(long id, long chainSeq, String prevHash, String entryHash);
}
