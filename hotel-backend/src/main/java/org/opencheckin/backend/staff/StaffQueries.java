package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.Reservation;

/** The staff API's reservation searches and state changes, beyond the core repository's. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffQueries extends GenericRepository<Reservation, Long> {

    /**
     * Reservations of a hotel, optionally by arrival day, status and a text that matches the
     * confirmation code exactly or a part of the guest's name key.
     */
    @Query(value = "SELECT * FROM reservation WHERE hotel_id = :hotelId"
            + " AND (:arrival IS NULL OR arrival = :arrival) AND (:status IS NULL OR status = :status)"
            + " AND (:code IS NULL OR confirmation_code = :code OR guest_name_key LIKE :nameLike)"
            + " ORDER BY arrival, id LIMIT :limit", nativeQuery = true)
    List<Reservation> search(long hotelId, @Nullable LocalDate arrival, @Nullable String status,
                             @Nullable String code, @Nullable String nameLike, int limit);

    @Query(value = "SELECT * FROM reservation WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Reservation> lock(long id);

    Optional<Reservation> findByHotelIdAndExternalId(Long hotelId, String externalId);

    List<Reservation> findByHotelIdAndArrivalOrderById(Long hotelId, LocalDate arrival);

    @Query(value = "SELECT * FROM reservation WHERE hotel_id = :hotelId AND arrival >= :from AND arrival <= :to",
            nativeQuery = true)
    List<Reservation> arrivingBetween(long hotelId, LocalDate from, LocalDate to);

    @Query(value = "SELECT * FROM reservation WHERE hotel_id = :hotelId AND checked_in_at >= :from"
            + " AND checked_in_at < :to", nativeQuery = true)
    List<Reservation> checkedInBetween(long hotelId, Instant from, Instant to);

    @Query(value = "UPDATE reservation SET status = 'CANCELLED', updated_at = :now WHERE id = :id AND status = 'BOOKED'",
            nativeQuery = true)
    int cancel(long id, Instant now);

    @Query(value = "UPDATE reservation SET status = 'CHECKED_OUT', checked_out_at = :now, updated_at = :now"
            + " WHERE id = :id AND status = 'CHECKED_IN'", nativeQuery = true)
    int markCheckedOut(long id, Instant now);

    @Query(value = "UPDATE room SET status = :status, updated_at = :now WHERE id = :roomId"
            + " AND current_reservation_id IS NULL", nativeQuery = true)
    int setVacantRoomStatus(long roomId, String status, Instant now);

    @Query(value = "UPDATE key_card SET status = 'REVOKED', revoked_at = :now WHERE id = :keySerial"
            + " AND status IN ('ISSUED', 'DISPENSED')", nativeQuery = true)
    int revokeKey(long keySerial, Instant now);

    @Query(value = "UPDATE key_card SET status = 'REVOKED', revoked_at = :now WHERE reservation_id = :reservationId"
            + " AND status IN ('ISSUED', 'DISPENSED')", nativeQuery = true)
    int revokeKeysOfReservation(long reservationId, Instant now);
}
