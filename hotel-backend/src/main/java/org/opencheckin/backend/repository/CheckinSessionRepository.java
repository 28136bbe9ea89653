package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.CheckinSession;

/**
 * Check-in sessions. Every change to a session first takes its row lock
 * ({@link #findByIdAndHotelIdForUpdate}), so requests for one session run one after another
 * even when a kiosk retries concurrently; requests for different sessions never wait on each other.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CheckinSessionRepository extends CrudRepository<CheckinSession, String> {

    @Query(value = "SELECT * FROM checkin_session WHERE id = :id AND hotel_id = :hotelId FOR UPDATE",
            nativeQuery = true)
    Optional<CheckinSession> findByIdAndHotelIdForUpdate(String id, long hotelId);

    Optional<CheckinSession> findByIdAndHotelId(String id, Long hotelId);

    @Query(value = "SELECT id FROM checkin_session WHERE state IN ('STARTED', 'DOCUMENT_VERIFIED',"
            + " 'IDENTITY_VERIFIED', 'ROOM_ASSIGNED', 'KEYS_ISSUED') AND expires_at < :now ORDER BY expires_at LIMIT 200",
            nativeQuery = true)
    List<String> findExpiredIds(Instant now);

    @Query(value = "SELECT * FROM checkin_session WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<CheckinSession> findByIdForUpdate(String id);

    /** Erases document data of sessions that ended before {@code cutoff}; returns the count. */
    @Query(value = "UPDATE checkin_session SET document_number_enc = NULL, document_number_hash = NULL,"
            + " document_name_key = NULL, guest_nationality = NULL, guest_birth_date = NULL, document_expiry = NULL"
            + " WHERE last_activity_at < :cutoff AND state IN ('COMPLETED', 'ABANDONED', 'EXPIRED', 'FAILED')"
            + " AND (document_number_enc IS NOT NULL OR document_name_key IS NOT NULL)", nativeQuery = true)
    int eraseDocumentsEndedBefore(Instant cutoff);
}
