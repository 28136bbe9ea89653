package org.opencheckin.kiosk.flow;

/** Where one key card of the session is. */
public enum CardStatus {
    WAITING,
    ENCODING,
    DISPENSED,
    FAILED
}
