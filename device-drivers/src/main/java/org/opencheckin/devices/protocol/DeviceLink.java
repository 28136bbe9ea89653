package org.opencheckin.devices.protocol;

import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.health.DeviceHealth;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.HealthTracker;
import org.opencheckin.devices.transport.Transport;
import org.opencheckin.devices.transport.TransportException;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What every driver shares: the transport, the one-request-in-flight lock and the health. A
 * driver runs each public operation through {@link #run}, which serialises callers, marks the
 * device BUSY and settles its health from the outcome:
 * success READY (unless the operation settled it itself, e.g. DEGRADED for low card stock),
 * {@link DeviceRejectedException} READY with the error remembered (a card or guest problem, not
 * the device's) unless the operation settled FAULT, {@link DeviceTimeoutException} OFFLINE when
 * nothing at all came back else FAULT, {@link DeviceConnectionException} OFFLINE and the port
 * closed, so that a supervisor reconnects it.
 */
public final class DeviceLink {

    /** One operation on the device, run while holding the port. */
    @FunctionalInterface
    public interface Operation<T> {
        T run() throws DeviceException;
    }

    private final String device;
    private final Transport transport;
    private final HealthTracker health;
    private final ReentrantLock lock = new ReentrantLock(true);

    public DeviceLink(String device, Transport transport, Clock clock) {
        this.device = device;
        this.transport = transport;
        this.health = new HealthTracker(device, clock);
    }

    public String device() {
        return device;
    }

    public Transport transport() {
        return transport;
    }

    public HealthTracker health() {
        return health;
    }

    public DeviceHealth currentHealth() {
        return health.current();
    }

    /** Opens the port and runs {@code probe} (the device's status command) as one operation. */
    public <T> T connect(String command, Operation<T> probe) throws DeviceException {
        lock.lock();
        try {
            transport.close();
            try {
                transport.open();
            } catch (TransportException e) {
                DeviceConnectionException failure = new DeviceConnectionException(device, command, "open port",
                        e.getMessage(), e);
                health.settle(HealthState.OFFLINE, failure.getMessage());
                throw failure;
            }
            return runLocked(command, probe);
        } finally {
            lock.unlock();
        }
    }

    public <T> T run(String command, Operation<T> operation) throws DeviceException {
        lock.lock();
        try {
            if (!transport.isOpen()) {
                DeviceConnectionException failure = new DeviceConnectionException(device, command, "start",
                        "not connected to " + transport.name(), null);
                health.settle(HealthState.OFFLINE, health.current().lastError());
                throw failure;
            }
            return runLocked(command, operation);
        } finally {
            lock.unlock();
        }
    }

    private <T> T runLocked(String command, Operation<T> operation) throws DeviceException {
        health.busy();
        try {
            T result = operation.run();
            if (health.current().state() == HealthState.BUSY) {
                health.settle(HealthState.READY, null);
            }
            return result;
        } catch (DeviceConnectionException e) {
            transport.close();
            health.settle(HealthState.OFFLINE, e.getMessage());
            throw e;
        } catch (DeviceTimeoutException e) {
            boolean silent = e.getCause() instanceof NoReplyException nr && nr.bytesReceived() == 0;
            health.settle(silent ? HealthState.OFFLINE : HealthState.FAULT, e.getMessage());
            if (silent) {
                transport.close();
            }
            throw e;
        } catch (DeviceException e) {
            health.settle(health.current().state() == HealthState.BUSY ? HealthState.READY : health.current().state(),
                    e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            health.settle(HealthState.FAULT, device + ": " + command + " failed: " + e);
            throw e;
        }
    }

    /** A transport failure inside an operation, as the exception that makes the device OFFLINE. */
    public DeviceConnectionException lost(String command, String step, TransportException e) {
        return new DeviceConnectionException(device, command, step, e.getMessage(), e);
    }

    public void close() {
        lock.lock();
        try {
            transport.close();
            health.settle(HealthState.OFFLINE, null);
        } finally {
            lock.unlock();
        }
    }
}
