package org.opencheckin.simulators.core;

import java.util.EnumMap;
import java.util.Map;

/**
 * Armed faults of one device. A fault is armed for a number of occurrences ({@link #FOREVER} for "until
 * cleared"); each {@link #take} uses one. Thread-safe: the control API arms while the device thread takes.
 */
public final class Faults {

    public static final int FOREVER = -1;

    private final Map<Fault, Integer> armed = new EnumMap<>(Fault.class);

    public synchronized void arm(Fault fault, int times) {
        if (times == 0) {
            armed.remove(fault);
        } else {
            armed.put(fault, times);
        }
    }

    public synchronized void clear(Fault fault) {
        armed.remove(fault);
    }

    public synchronized void clearAll() {
        armed.clear();
    }

    /** Uses one occurrence of {@code fault}; true when it was armed. */
    public synchronized boolean take(Fault fault) {
        Integer left = armed.get(fault);
        if (left == null) {
            return false;
        }
        if (left != FOREVER) {
            if (left <= 1) {
                armed.remove(fault);
            } else {
                armed.put(fault, left - 1);
            }
        }
        return true;
    }

    /** True while {@code fault} is armed, without using it. */
    public synchronized boolean isArmed(Fault fault) {
        return armed.containsKey(fault);
    }

    public synchronized Map<Fault, Integer> snapshot() {
        return new EnumMap<>(armed);
    }
}
