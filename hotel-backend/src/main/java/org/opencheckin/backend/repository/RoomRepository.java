package org.opencheckin.backend.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.Room;

/**
 * Rooms. Assignment is a conditional UPDATE ({@link #claim}): of any number of concurrent
 * callers on any number of backend instances, exactly one sees an update count of 1 for a room,
 * on MariaDB/MySQL (InnoDB re-reads the latest committed row for an UPDATE) and on H2.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoomRepository extends CrudRepository<Room, Long> {

    @Query(value = "SELECT * FROM room WHERE hotel_id = :hotelId AND room_type_id = :roomTypeId"
            + " AND status = 'VACANT_CLEAN' AND current_reservation_id IS NULL"
            + " ORDER BY floor_number, room_number LIMIT 50", nativeQuery = true)
    List<Room> findReady(long hotelId, long roomTypeId);

    @Query(value = "UPDATE room SET status = 'OCCUPIED', current_reservation_id = :reservationId, updated_at = :now"
            + " WHERE id = :roomId AND status = 'VACANT_CLEAN' AND current_reservation_id IS NULL", nativeQuery = true)
    int claim(long roomId, long reservationId, Instant now);

    /** Gives a room back that a session held for a reservation; a no-op if someone else holds it. */
    @Query(value = "UPDATE room SET status = :status, current_reservation_id = NULL, updated_at = :now"
            + " WHERE id = :roomId AND current_reservation_id = :reservationId", nativeQuery = true)
    int release(long roomId, long reservationId, String status, Instant now);

    @Query(value = "UPDATE room SET key_sequence = key_sequence + 1, updated_at = :now WHERE id = :roomId",
            nativeQuery = true)
    int raiseKeySequence(long roomId, Instant now);

    Optional<Room> findByIdAndHotelId(Long id, Long hotelId);

    List<Room> findByHotelIdOrderByRoomNumber(Long hotelId);

    long countByHotelId(Long hotelId);
}
