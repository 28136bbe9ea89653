package org.opencheckin.devices;

/**
 * No valid reply within the configured timeout, after the bounded retries for transport faults.
 * For a command with a physical effect the driver has already asked the device for its status;
 * {@link #status()} then carries that status.
 */
public class DeviceTimeoutException extends DeviceException {
    public DeviceTimeoutException(String device, String command, String step, byte[] status, String detail, Throwable cause) {
        super(device, command, step, status, detail, cause);
    }
}
