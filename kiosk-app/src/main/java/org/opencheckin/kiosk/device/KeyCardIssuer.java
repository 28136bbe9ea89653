package org.opencheckin.kiosk.device;

/**
 * The key-card dispenser with its RF encoder.
 *
 * <p>Contract: one call at a time (the flow's worker thread). {@link #issue} takes a blank card from the
 * stacker, writes the backend-signed payload (see {@code docs/keycard-format.md}), verifies it and moves the
 * card to the gate for the guest. It never invents a payload: a card is only ever written with the bytes the
 * backend signed. A card that fails to encode is captured into the reject bin before the exception is thrown,
 * so the guest never gets a half-written card.
 */
public interface KeyCardIssuer {

    String name();

    /**
     * @param payload the 48-byte signed payload from the backend's keys call
     * @return the UID of the card that now sits in the gate
     * @throws DeviceFaultException OUT_OF_CARDS, JAM, ENCODE_FAILED or UNREACHABLE
     */
    String issue(byte[] payload) throws DeviceFaultException;

    /** The stacker's own level sensor. */
    StackerLevel stackerLevel() throws DeviceFaultException;

    /** Technician self-test: status query plus one blank card moved to the RF position and captured. */
    String selfTest() throws DeviceFaultException;

    enum StackerLevel { EMPTY, LOW, ENOUGH }
}
