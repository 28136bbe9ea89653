package org.opencheckin.kiosk.flow;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The flow's one worker thread: timeouts and device work every {@code kiosk.flow.tick}, and at once when
 * the flow says work may be ready ({@link CheckinFlow#awaitWork}), so a guest who asks for the face check
 * or for keys does not wait for the next tick.
 */
@Context
@Requires(property = "kiosk.flow.ticker-enabled", notEquals = "false")
class FlowTicker {

    private static final Logger LOG = LoggerFactory.getLogger(FlowTicker.class);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final CheckinFlow flow;
    private final Duration tick;
    private final Thread worker;
    private volatile boolean running = true;

    FlowTicker(CheckinFlow flow, @Value("${kiosk.flow.tick:250ms}") Duration tick) {
        this.flow = flow;
        this.tick = tick;
        this.worker = new Thread(this::run, "flow-worker");
        this.worker.setDaemon(true);
    }

    @PostConstruct
    void start() {
        worker.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(Duration.ofSeconds(10).toMillis());
    }

    private void run() {
        try {
            flow.awaitWork(FIRST_DELAY);
            while (running) {
                try {
                    flow.tick();
                } catch (RuntimeException e) {
                    LOG.error("flow tick failed: {}", e.getClass().getName(), e);
                }
                flow.awaitWork(tick);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping
        }
    }
}
