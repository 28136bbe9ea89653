package org.opencheckin.devices;

/**
 * The device answered and refused: a failure status (SAM SW3 other than success, CRT-591 'N'
 * reply, NAK on a MIFARE step, empty stacker, ...). Not retried by the driver; {@link #status()}
 * holds the device's bytes.
 */
public class DeviceRejectedException extends DeviceException {
    public DeviceRejectedException(String device, String command, String step, byte[] status, String detail) {
        super(device, command, step, status, detail, null);
    }
}
