package org.opencheckin.devices.dispenser.protocol;

/**
 * A command with a physical effect got no valid reply: it may or may not have been carried out.
 * The driver must ask the dispenser for its status before doing anything else with the card.
 */
public class OutcomeUnknownException extends Exception {
    private final int bytesReceived;

    public OutcomeUnknownException(String message, int bytesReceived, Throwable cause) {
        super(message, cause);
        this.bytesReceived = bytesReceived;
    }

    public int bytesReceived() {
        return bytesReceived;
    }
}
