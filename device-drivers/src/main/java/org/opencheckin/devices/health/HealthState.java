package org.opencheckin.devices.health;

/** What a kiosk needs to know about a device at a glance. */
public enum HealthState {
    /** Connected and idle, ready for the next operation. */
    READY,
    /** An operation is in progress. */
    BUSY,
    /** Works, but needs attention soon (card stock low, a retried transport fault). */
    DEGRADED,
    /** Connected but cannot serve (jam, stacker empty, reject bin full, SAM failure, no replies). */
    FAULT,
    /** The port or link is gone; a {@link DeviceSupervisor} reconnects it. */
    OFFLINE
}
