package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.repository.AuditEventRepository;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;
import org.opencheckin.backend.support.TestHotel;

/**
 * The seal job keeps up with a backlog larger than one batch: {@link AuditTrail#sealHotel} chains
 * every pending entry of a hotel, one transaction per {@link AuditEventRepository#SEAL_BATCH}
 * entries, and the chain verifies.
 */
class AuditSealTest {
    static final int BACKLOG = 3 * AuditEventRepository.SEAL_BATCH + 500;

    static List<String> backends() {
        return TestBackends.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aBacklogOfSeveralBatchesIsSealedInOneRun(String backendName) {
        Backend b = TestBackends.byName(backendName);
        long hotelId = TestHotel.create(b, 1, 1).hotel().getId();
        String digits = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
                + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
        int inserted = Sql.update(b, "INSERT INTO audit_event (hotel_id, occurred_at, actor_type, actor_id, action,"
                + " subject_type, subject_id, detail) SELECT ?, ?, 'SYSTEM', 'test', 'test.backlog', 'test',"
                + " CAST(a.d * 1000 + c.d * 100 + t.d * 10 + u.d AS CHAR), '' FROM " + digits + " a, " + digits + " c, "
                + digits + " t, " + digits + " u WHERE a.d * 1000 + c.d * 100 + t.d * 10 + u.d < ?",
                hotelId, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)), BACKLOG);
        assertThat(inserted).isEqualTo(BACKLOG);

        AuditTrail audit = b.bean(AuditTrail.class);
        audit.sealHotel(hotelId); // the seal job may take some of them first: both chain under the head lock

        assertThat(Sql.count(b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ? AND chain_seq IS NULL", hotelId))
                .isZero();
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ? AND action = 'test.backlog'",
                hotelId)).isEqualTo(BACKLOG);
        assertThat(audit.verify(hotelId)).isEqualTo(-1L);
    }
}
