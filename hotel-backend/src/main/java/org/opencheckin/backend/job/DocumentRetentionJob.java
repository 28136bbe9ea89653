package org.opencheckin.backend.job;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.opencheckin.backend.config.BackendProperties;
import org.opencheckin.backend.repository.CheckinSessionRepository;
import org.opencheckin.backend.repository.IdempotencyRecordRepository;
import org.opencheckin.backend.repository.ReservationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases guest document data (type, encrypted number, lookup hash, nationality, birth date)
 * {@code opencheckin.retention.document-days} days after check-out, and from ended kiosk
 * sessions after the same period; drops idempotency records older than a day.
 */
@Singleton
@Requires(property = "opencheckin.retention.job.enabled", notEquals = "false")
public class DocumentRetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentRetentionJob.class);
    private final ReservationRepository reservations;
    private final CheckinSessionRepository sessions;
    private final IdempotencyRecordRepository idempotency;
    private final BackendProperties.Retention retention;

    public DocumentRetentionJob(ReservationRepository reservations, CheckinSessionRepository sessions,
                                IdempotencyRecordRepository idempotency, BackendProperties.Retention retention) {
        this.reservations = reservations;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.retention = retention;
    }

    @Scheduled(fixedDelay = "${opencheckin.retention.check-interval:1h}", initialDelay = "1m")
    public void scheduled() {
        run(Instant.now());
    }

    /** Erases what is due at {@code now}; returns the number of reservations erased. */
    @Transactional
    public int run(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(retention.documentDays()));
        Instant stamp = now.truncatedTo(ChronoUnit.MILLIS);
        int erased = reservations.eraseDocumentsCheckedOutBefore(cutoff, stamp);
        int sessionsErased = sessions.eraseDocumentsEndedBefore(cutoff);
        int records = idempotency.deleteCreatedBefore(now.minus(Duration.ofDays(1)));
        LOG.info("event=retention.run reservationsErased={} sessionsErased={} idempotencyRecordsDropped={}",
                erased, sessionsErased, records);
        return erased;
    }
}
