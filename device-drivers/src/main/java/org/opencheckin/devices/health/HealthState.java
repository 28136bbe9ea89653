package org.opencheckin.devices.health;

/** What a kiosk needs to know about a device at a glance. */
public enum HealthState {
    /** Connected and idle, ready for the next operation. */
    READY,
    /** An operation is in progress. */
    BUSY,
    /** Works, but needs attention soon (the dispenser's card stock is low). */
    DEGRADED,
    /**
     * Connected but cannot serve (stacker empty, reject bin full, SAM failure, only garbage on the
     * line). Clears on the next successful operation, e.g. a status after the stacker is refilled.
     */
    FAULT,
    /** The port or link is gone; a {@link DeviceSupervisor} reconnects it. */
    OFFLINE
}
