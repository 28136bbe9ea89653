package org.opencheckin.simulators.lock;

/** What a door lock did with a presented card; only {@link #OPENED} opens the door. */
public enum LockDecision {
    OPENED,
    /** Sector 1 does not open with the hotel's sector key (blank card, factory key, another hotel's key). */
    UNREADABLE,
    /** The MAC does not verify with the hotel's secret: tampered or forged. */
    BAD_SIGNATURE,
    BAD_VERSION,
    WRONG_HOTEL,
    WRONG_ROOM,
    NOT_YET_VALID,
    EXPIRED,
    /** The key sequence is below the highest this lock has seen: a newer key for the room exists. */
    SUPERSEDED
}
