package org.opencheckin.backend.job;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.opencheckin.backend.repository.CheckinSessionRepository;
import org.opencheckin.backend.service.CheckinService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires check-ins idle for longer than {@code opencheckin.session.idle-timeout}, every
 * {@code opencheckin.session.expiry-check-interval}, giving their rooms back. Safe to run on
 * several instances at once: each expiry locks the session and re-checks it.
 */
@Singleton
@Requires(property = "opencheckin.session.expiry-job.enabled", notEquals = "false")
public class SessionExpiryJob {
    private static final Logger LOG = LoggerFactory.getLogger(SessionExpiryJob.class);
    private final CheckinSessionRepository sessions;
    private final CheckinService checkins;

    public SessionExpiryJob(CheckinSessionRepository sessions, CheckinService checkins) {
        this.sessions = sessions;
        this.checkins = checkins;
    }

    @Scheduled(fixedDelay = "${opencheckin.session.expiry-check-interval:10s}", initialDelay = "5s")
    public int run() {
        List<String> due = sessions.findExpiredIds(Instant.now());
        int expired = 0;
        for (String id : due) {
            try {
                if (checkins.expire(id)) {
                    expired++;
                }
            } catch (RuntimeException e) {
                LOG.warn("event=checkin.expiry-failed checkin={} error={}", id, e.toString());
            }
        }
        return expired;
    }
}
