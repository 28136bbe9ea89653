package org.opencheckin.devices.transport;

/**
 * The transport cannot move bytes: the port is missing, busy or vanished, the socket closed. The
 * message always names the port. Drivers turn it into a
 * {@link org.opencheckin.devices.DeviceConnectionException} (the device is then OFFLINE).
 */
public class TransportException extends Exception {
    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
