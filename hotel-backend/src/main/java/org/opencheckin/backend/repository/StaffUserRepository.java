package org.opencheckin.backend.repository;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.opencheckin.backend.model.StaffUser;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffUserRepository extends CrudRepository<StaffUser, Long> {
    Optional<StaffUser> findByUsername(String username);
}
