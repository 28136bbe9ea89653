package org.opencheckin.devices.protocol;

/** No complete frame arrived within the timeout; says how many bytes did arrive. */
public class NoReplyException extends Exception {
    private final int bytesReceived;

    public NoReplyException(String message, int bytesReceived) {
        super(message);
        this.bytesReceived = bytesReceived;
    }

    public int bytesReceived() {
        return bytesReceived;
    }
}
