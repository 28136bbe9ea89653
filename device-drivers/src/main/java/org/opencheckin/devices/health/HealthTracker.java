package org.opencheckin.devices.health;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps one device's {@link DeviceHealth}. Drivers call {@link #busy()} when an operation starts
 * and {@link #settle(HealthState, String)} when it ends; listeners hear every change. Thread-safe.
 */
public final class HealthTracker {
    private final String device;
    private final Clock clock;
    private final List<Consumer<DeviceHealth>> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceHealth current;
    private HealthState resting;

    public HealthTracker(String device, Clock clock) {
        this.device = Objects.requireNonNull(device);
        this.clock = Objects.requireNonNull(clock);
        this.current = new DeviceHealth(device, HealthState.OFFLINE, null, clock.instant());
        this.resting = HealthState.OFFLINE;
    }

    public DeviceHealth current() {
        return current;
    }

    public void addListener(Consumer<DeviceHealth> listener) {
        listeners.add(listener);
    }

    /** An operation started; the state returns to the resting one on {@link #settle}. */
    public synchronized void busy() {
        change(HealthState.BUSY, current.lastError());
    }

    /** An operation ended in {@code state}; {@code error} (may be null) becomes the last error if given. */
    public synchronized void settle(HealthState state, String error) {
        resting = state;
        change(state, error != null ? error : current.lastError());
    }

    /** Ends an operation without new findings: back to the state before {@link #busy()}. */
    public synchronized void idle() {
        change(resting, current.lastError());
    }

    private void change(HealthState state, String lastError) {
        DeviceHealth before = current;
        if (before.state() == state && Objects.equals(before.lastError(), lastError)) {
            return;
        }
        DeviceHealth after = new DeviceHealth(device, state,
                lastError, before.state() == state ? before.since() : clock.instant());
        current = after;
        for (Consumer<DeviceHealth> listener : listeners) {
            listener.accept(after);
        }
    }
}
