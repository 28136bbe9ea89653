package org.opencheckin.backend.repository;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.opencheckin.backend.model.RoomType;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoomTypeRepository extends CrudRepository<RoomType, Long> {
    List<RoomType> findByHotelId(Long hotelId);

    Optional<RoomType> findByHotelIdAndCode(Long hotelId, String code);
}
