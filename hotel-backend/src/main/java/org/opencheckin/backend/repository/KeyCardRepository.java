package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.KeyCard;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface KeyCardRepository extends CrudRepository<KeyCard, Long> {
    List<KeyCard> findByCheckinIdOrderById(String checkinId);

    Optional<KeyCard> findByIdAndCheckinId(Long id, String checkinId);

    @Query(value = "UPDATE key_card SET status = 'REVOKED', revoked_at = :now"
            + " WHERE checkin_id = :checkinId AND status IN ('ISSUED', 'DISPENSED')", nativeQuery = true)
    int revokeForCheckin(String checkinId, Instant now);

    /** A "new" issue for a room revokes every live card of that room with a lower sequence. */
    @Query(value = "UPDATE key_card SET status = 'REVOKED', revoked_at = :now WHERE hotel_id = :hotelId"
            + " AND room_id = :roomId AND key_sequence < :sequence AND status IN ('ISSUED', 'DISPENSED')",
            nativeQuery = true)
    int revokeOlderThan(long hotelId, long roomId, long sequence, Instant now);
}
