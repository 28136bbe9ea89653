package org.opencheckin.kiosk.flow;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the flow's worker as soon as a guest action or a state change may have made work ready (a face try
 * asked for, a number of keys chosen), instead of at its next tick. Raising it while nobody waits is
 * remembered once.
 */
final class WorkSignal {
    private boolean raised;

    synchronized void raise() {
        raised = true;
        notifyAll();
    }

    /**
     * Waits until the signal is raised or {@code timeout} has passed, and clears it.
     *
     * @return true when it was raised
     */
    synchronized boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!raised) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        raised = false;
        return true;
    }
}
