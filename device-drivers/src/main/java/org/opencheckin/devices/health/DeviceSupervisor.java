package org.opencheckin.devices.health;

import org.opencheckin.devices.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches one device and reconnects it while it is OFFLINE, waiting longer after each failed
 * attempt (exponential backoff up to {@link SupervisorConfig#maxBackoff()}). The app keeps running;
 * the next operation after a successful reconnect simply works. Runs on one daemon thread of its
 * own; {@link #close()} stops it.
 */
public final class DeviceSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSupervisor.class);

    private final SupervisedDevice device;
    private final SupervisorConfig config;
    private final ScheduledExecutorService executor;
    private Duration backoff;
    private volatile int reconnectAttempts;

    public DeviceSupervisor(SupervisedDevice device, SupervisorConfig config) {
        this.device = device;
        this.config = config;
        this.backoff = config.initialBackoff();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "supervisor-" + device.deviceName());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts watching; the first look is immediate. */
    public DeviceSupervisor start() {
        executor.schedule(this::check, 0, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Reconnect attempts made so far (for health pages and tests). */
    public int reconnectAttempts() {
        return reconnectAttempts;
    }

    private void check() {
        Duration next = config.checkInterval();
        if (device.health().state() == HealthState.OFFLINE) {
            reconnectAttempts++;
            try {
                device.reconnect();
                LOG.info("{} reconnected after {} attempt(s)", device.deviceName(), reconnectAttempts);
                backoff = config.initialBackoff();
            } catch (DeviceException | RuntimeException e) {
                LOG.debug("{} still offline: {}", device.deviceName(), e.getMessage());
                next = backoff;
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
            }
        }
        if (!executor.isShutdown()) {
            executor.schedule(this::check, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
