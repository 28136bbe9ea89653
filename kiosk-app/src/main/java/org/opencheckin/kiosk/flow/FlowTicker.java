package org.opencheckin.kiosk.flow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The flow's one worker thread: timeouts and device work, every {@code kiosk.flow.tick}. */
@Singleton
@Requires(property = "kiosk.flow.ticker-enabled", notEquals = "false")
class FlowTicker {

    private static final Logger LOG = LoggerFactory.getLogger(FlowTicker.class);

    private final CheckinFlow flow;

    FlowTicker(CheckinFlow flow) {
        this.flow = flow;
    }

    @Scheduled(fixedDelay = "${kiosk.flow.tick:250ms}", initialDelay = "1s")
    void tick() {
        try {
            flow.tick();
        } catch (RuntimeException e) {
            LOG.error("flow tick failed: {}", e.getClass().getName(), e);
        }
    }
}
