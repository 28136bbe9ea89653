package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencheckin.backend.job.DocumentRetentionJob;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;
import org.opencheckin.backend.support.TestHotel;
import org.slf4j.LoggerFactory;

/** Issue 2 section 9: health, Prometheus, OpenAPI + Swagger UI, transition logs, retention. */
class OperationsTest {

    @Test
    void healthMetricsAndApiDocumentAreServed() {
        Backend b = TestBackends.h2();
        TestHotel hotel = TestHotel.create(b, 1, 1);
        assertThat(hotel.start().status()).isEqualTo(201);

        Backend.Response health = b.get("/health", null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat((String) health.get("status")).isEqualTo("UP");

        Backend.Response metrics = b.get("/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("opencheckin_checkin_transitions_total{to=\"STARTED\"");
        assertThat(metrics.body()).contains("http_server_requests_seconds");

        Backend.Response spec = b.get("/swagger/opencheckin-hotel-backend-v1.yml", null);
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/v1/checkins/{id}/keys", "/api/v1/kiosks/self/status", "Idempotency-Key");
        assertThat(b.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void oneTransitionLineWithoutNamesOrDocumentNumbers() {
        Backend b = TestBackends.h2();
        TestHotel hotel = TestHotel.create(b, 1, 1);
        Logger logger = (Logger) LoggerFactory.getLogger("opencheckin.transitions");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try {
            String id = hotel.toIdentityVerified(0);
            List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(l -> l.contains(id)).toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).contains("event=checkin.transition", "from=NONE", "to=STARTED");
            assertThat(lines.get(1)).contains("from=STARTED", "to=DOCUMENT_VERIFIED");
            assertThat(lines.get(2)).contains("from=DOCUMENT_VERIFIED", "to=IDENTITY_VERIFIED");
            for (String line : lines) {
                assertThat(line).doesNotContain(hotel.reservations().get(0).getGuestName())
                        .doesNotContain("Tester").doesNotContain(hotel.documentNumbers().get(0));
            }
        } finally {
            logger.detachAppender(captured);
        }
    }

    @Test
    void retentionErasesDocumentDataDaysAfterCheckout() {
        Backend b = TestBackends.h2();
        TestHotel hotel = TestHotel.create(b, 1, 2);
        long old = hotel.reservations().get(0).getId();
        long recent = hotel.reservations().get(1).getId();
        Instant now = Instant.now();
        Sql.update(b, "UPDATE reservation SET status = 'CHECKED_OUT', checked_out_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.minus(31, ChronoUnit.DAYS)), old);
        Sql.update(b, "UPDATE reservation SET status = 'CHECKED_OUT', checked_out_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.minus(29, ChronoUnit.DAYS)), recent);

        b.bean(DocumentRetentionJob.class).run(now); // (a scheduled run may have done it first)

        List<Object> erased = Sql.rows(b, "SELECT document_type, document_number_enc, document_number_hash,"
                + " document_erased_at FROM reservation WHERE id = ?", old).get(0);
        assertThat(erased.subList(0, 3)).containsOnlyNulls();
        assertThat(erased.get(3)).isNotNull();
        List<Object> kept = Sql.rows(b, "SELECT document_number_enc, document_erased_at FROM reservation WHERE id = ?",
                recent).get(0);
        assertThat(kept.get(0)).isNotNull();
        assertThat(kept.get(1)).isNull();
    }
}
