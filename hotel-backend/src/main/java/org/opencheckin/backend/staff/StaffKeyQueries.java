package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.KeyCard;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffKeyQueries extends GenericRepository<KeyCard, Long> {
    @Query(value = "SELECT * FROM key_card WHERE hotel_id = :hotelId AND (:roomId IS NULL OR room_id = :roomId)"
            + " AND (:reservationId IS NULL OR reservation_id = :reservationId) AND (:status IS NULL OR status = :status)"
            + " ORDER BY id DESC LIMIT :limit", nativeQuery = true)
    List<KeyCard> search(long hotelId, @Nullable Long roomId, @Nullable Long reservationId, @Nullable String status,
                         int limit);

    Optional<KeyCard> findById(Long id);
}
