package org.opencheckin.devices;

/**
 * The port, socket or USB device is gone or could not be opened. The driver reports OFFLINE and
 * stays unusable until it is reconnected (a {@link org.opencheckin.devices.health.DeviceSupervisor}
 * does that with backoff).
 */
public class DeviceConnectionException extends DeviceException {
    public DeviceConnectionException(String device, String command, String step, String detail, Throwable cause) {
        super(device, command, step, null, detail, cause);
    }
}
