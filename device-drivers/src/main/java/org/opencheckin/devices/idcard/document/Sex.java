package org.opencheckin.devices.idcard.document;

/** Sex codes of GB/T 2261.1 as stored on the card: 0, 1, 2, 9. */
public enum Sex {
    UNKNOWN, MALE, FEMALE, NOT_STATED
}
