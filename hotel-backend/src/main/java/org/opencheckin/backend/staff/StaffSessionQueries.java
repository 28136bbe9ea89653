package org.opencheckin.backend.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.CheckinSession;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffSessionQueries extends GenericRepository<CheckinSession, String> {
    @Query(value = "SELECT * FROM checkin_session WHERE hotel_id = :hotelId AND state = 'ESCALATED'"
            + " ORDER BY escalated_at, id LIMIT 200", nativeQuery = true)
    List<CheckinSession> findEscalated(long hotelId);

    @Query(value = "UPDATE checkin_session SET escalation_reason = :reason WHERE id = :id", nativeQuery = true)
    int setEscalationReason(String id, String reason);

    Optional<CheckinSession> findById(String id);

    @Query(value = "SELECT * FROM checkin_session WHERE hotel_id = :hotelId AND started_at >= :from"
            + " AND started_at < :to", nativeQuery = true)
    List<CheckinSession> startedBetween(long hotelId, Instant from, Instant to);
}
