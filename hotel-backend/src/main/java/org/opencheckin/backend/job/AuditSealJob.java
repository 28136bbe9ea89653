package org.opencheckin.backend.job;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.opencheckin.backend.service.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seals new audit entries into their hotel's hash chain every {@code opencheckin.audit.seal-interval}. */
@Singleton
@Requires(property = "opencheckin.audit.seal-job.enabled", notEquals = "false")
public class AuditSealJob {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealJob.class);
    private final AuditTrail audit;

    public AuditSealJob(AuditTrail audit) {
        this.audit = audit;
    }

    @Scheduled(fixedDelay = "${opencheckin.audit.seal-interval:1s}", initialDelay = "2s")
    public void run() {
        try {
            audit.sealAll();
        } catch (RuntimeException e) {
            LOG.warn("event=audit.seal-failed error={}", e.toString());
        }
    }
}
