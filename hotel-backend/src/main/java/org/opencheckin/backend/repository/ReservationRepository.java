package org.opencheckin.backend.repository;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReservationRepository extends CrudRepository<Reservation, Long> {

    /** BOOKED reservations of a hotel arriving on {@code day} whose document hash or name key matches. */
    @Query(value = "SELECT * FROM reservation WHERE hotel_id = :hotelId AND arrival = :day AND status = 'BOOKED'"
            + " AND (document_number_hash = :documentHash"
            + " OR (document_number_hash IS NULL AND guest_name_key = :nameKey)) ORDER BY id LIMIT 10",
            nativeQuery = true)
    List<Reservation> findDueByDocument(long hotelId, LocalDate day, String documentHash, String nameKey);

    Optional<Reservation> findByHotelIdAndConfirmationCode(Long hotelId, String confirmationCode);

    Optional<Reservation> findByIdAndHotelId(Long id, Long hotelId);

    long countByHotelIdAndArrivalAndStatus(Long hotelId, LocalDate arrival, ReservationStatus status);

    @Query(value = "UPDATE reservation SET status = 'CHECKED_IN', room_id = :roomId, checked_in_at = :now,"
            + " updated_at = :now WHERE id = :id AND status = 'BOOKED'", nativeQuery = true)
    int markCheckedIn(long id, long roomId, Instant now);

    /**
     * A kiosk check-in: {@link #markCheckedIn} and the guest's document from the session, in one
     * statement (it was a conditional UPDATE, a read and a full-row UPDATE).
     */
    @Query(value = "UPDATE reservation SET status = 'CHECKED_IN', room_id = :roomId, checked_in_at = :now,"
            + " updated_at = :now, document_type = :documentType, document_number_enc = :documentNumberEnc,"
            + " document_number_hash = :documentNumberHash, guest_nationality = :guestNationality,"
            + " guest_birth_date = :guestBirthDate WHERE id = :id AND status = 'BOOKED'", nativeQuery = true)
    int markCheckedInWithDocument(long id, long roomId, Instant now, @Nullable String documentType,
                                  @Nullable String documentNumberEnc, @Nullable String documentNumberHash,
                                  @Nullable String guestNationality, @Nullable LocalDate guestBirthDate);

    /** Erases document data of reservations checked out before {@code cutoff}; returns the count. */
    @Query(value = "UPDATE reservation SET document_type = NULL, document_number_enc = NULL,"
            + " document_number_hash = NULL, guest_nationality = NULL, guest_birth_date = NULL,"
            + " document_erased_at = :now, updated_at = :now"
            + " WHERE status = 'CHECKED_OUT' AND checked_out_at < :cutoff AND document_erased_at IS NULL",
            nativeQuery = true)
    int eraseDocumentsCheckedOutBefore(Instant cutoff, Instant now);
}
