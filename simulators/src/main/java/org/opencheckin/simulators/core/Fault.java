package org.opencheckin.simulators.core;

/**
 * Everything the simulators can be told to get wrong. Line faults change the next reply's bytes on the
 * wire; device faults change what the device does or reports. Which device honours which fault is listed
 * in {@code docs/simulators.md}; a device refuses a fault it cannot produce.
 */
public enum Fault {
    /** One bit of the next reply is flipped. */
    BIT_FLIP(true),
    /** One byte of the next reply is left out. */
    DROP_BYTE(true),
    /** One extra byte is slipped into the next reply. */
    INSERT_BYTE(true),
    /** A few random bytes go out before the next reply. */
    GARBAGE_BEFORE_FRAME(true),
    /** The next request gets no reply at all. */
    NO_REPLY(true),
    /** The next request is refused as garbled (ID reader: SW3 10; dispenser: NAK 15). */
    NAK(true),
    /** ID reader: the SAM fails its self-check (SW3 60) until cleared. */
    SAM_FAILURE(false),
    /** ID reader: the card is lifted halfway through the next read (SW3 41). */
    CARD_REMOVED_MID_READ(false),
    /** The device vanishes (pty closed) until replugged. */
    UNPLUG(false),
    /** Dispenser: the stacker drops to its "low" level. */
    STACKER_LOW(false),
    /** Dispenser: the stacker is empty. */
    STACKER_EMPTY(false),
    /** Dispenser: the next card move jams (error 10) until initialised. */
    JAM(false),
    /** Dispenser: the next MIFARE block write fails (SW 65 81). */
    WRITE_FAILURE(false),
    /** Dispenser: the guest leaves the card in the gate; it is captured after the gate timeout. */
    CARD_NOT_TAKEN(false),
    /** Dispenser: the reject bin is full. */
    REJECT_BIN_FULL(false);

    private final boolean line;

    Fault(boolean line) {
        this.line = line;
    }

    /** True for faults that garble the bytes on the wire rather than the device's behaviour. */
    public boolean isLineFault() {
        return line;
    }
}
