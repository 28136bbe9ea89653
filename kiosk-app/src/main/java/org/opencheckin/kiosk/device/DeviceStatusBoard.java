package org.opencheckin.kiosk.device;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kiosk's picture of its devices: health per device, the card stock count a technician entered
 * minus cards issued since, and the most recent errors. Read by the heartbeat and the maintenance screen,
 * written by the flow as it uses the devices. Thread-safe.
 *
 * <p>Error texts come from {@link DeviceFaultException} messages and must not contain guest data.
 */
@Singleton
public class DeviceStatusBoard {

    /** How many recent errors are kept. */
    public static final int RECENT_ERRORS = 20;

    private final Clock clock;
    private final Map<String, DeviceState> states = new TreeMap<>();
    private final Deque<RecentError> errors = new ArrayDeque<>();
    private int cardStock = -1;
    private KeyCardIssuer.StackerLevel stackerLevel;

    public DeviceStatusBoard(Clock clock) {
        this.clock = clock;
    }

    public record RecentError(Instant at, String device, String message) {
    }

    public synchronized void ok(String device, String detail) {
        set(device, DeviceState.Health.OK, detail);
    }

    public synchronized void degraded(String device, String detail) {
        set(device, DeviceState.Health.DEGRADED, detail);
    }

    public synchronized void fault(String device, String message) {
        set(device, DeviceState.Health.FAULT, message);
        error(device, message);
    }

    /** Records an error that does not change a device's health (a backend call that failed, say). */
    public synchronized void error(String source, String message) {
        errors.addFirst(new RecentError(clock.instant(), source, message));
        while (errors.size() > RECENT_ERRORS) {
            errors.removeLast();
        }
    }

    private void set(String device, DeviceState.Health health, String detail) {
        DeviceState previous = states.get(device);
        Instant since = previous != null && previous.health() == health ? previous.since() : clock.instant();
        states.put(device, new DeviceState(device, health, detail, since));
    }

    public synchronized List<DeviceState> states() {
        return List.copyOf(states.values());
    }

    public synchronized DeviceState.Health health(String device) {
        DeviceState state = states.get(device);
        return state == null ? DeviceState.Health.UNKNOWN : state.health();
    }

    public synchronized List<RecentError> recentErrors() {
        return new ArrayList<>(errors);
    }

    /** A technician refilled the stacker and counted the cards. */
    public synchronized void refillCards(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("card count must not be negative");
        }
        cardStock = count;
    }

    /** One card left the stacker (issued, or captured after a failed encode). */
    public synchronized void cardUsed() {
        if (cardStock > 0) {
            cardStock--;
        }
    }

    /** Cards left by count, or -1 when no technician has counted them yet. */
    public synchronized int cardStock() {
        return cardStock;
    }

    public synchronized void stackerLevel(KeyCardIssuer.StackerLevel level) {
        this.stackerLevel = level;
    }

    /** The dispenser's own sensor reading, or null when not read yet. */
    public synchronized KeyCardIssuer.StackerLevel stackerLevel() {
        return stackerLevel;
    }
}
