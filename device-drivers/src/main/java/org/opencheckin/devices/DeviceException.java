package org.opencheckin.devices;

import java.util.Objects;

/**
 * Base of every failure a driver reports. The message always says where it happened:
 * the device, the command, the step within the operation and the device's status bytes
 * when it sent any, e.g. {@code "ID reader: READ_TEXT failed at 'reply', status 00 00 41 (READ_FAILED)"}.
 *
 * <p>Subclasses say what the caller should do about it:
 * <ul>
 *   <li>{@link DeviceConnectionException}: the port or link is gone; the device is OFFLINE and a
 *       {@link org.opencheckin.devices.health.DeviceSupervisor} reconnects it.</li>
 *   <li>{@link DeviceTimeoutException}: the device did not give a valid reply in time, after the
 *       bounded retries for transport faults (timeout, bad checksum, garbage).</li>
 *   <li>{@link DeviceRejectedException}: the device answered and said "no" (a failure status);
 *       never retried blindly.</li>
 * </ul>
 * Guest data (names, document numbers, images) never appears in a message.
 */
public class DeviceException extends Exception {
    private final String device;
    private final String command;
    private final String step;
    private final byte[] status;

    public DeviceException(String device, String command, String step, byte[] status, String detail, Throwable cause) {
        super(format(device, command, step, status, detail), cause);
        this.device = Objects.requireNonNull(device, "device");
        this.command = Objects.requireNonNull(command, "command");
        this.step = Objects.requireNonNull(step, "step");
        this.status = status == null ? new byte[0] : status.clone();
    }

    private static String format(String device, String command, String step, byte[] status, String detail) {
        StringBuilder sb = new StringBuilder().append(device).append(": ").append(command)
                .append(" failed at '").append(step).append('\'');
        if (status != null && status.length > 0) {
            sb.append(", status ").append(Hex.format(status));
        }
        if (detail != null && !detail.isEmpty()) {
            sb.append(" (").append(detail).append(')');
        }
        return sb.toString();
    }

    /** Human name of the device, e.g. "ID reader". */
    public String device() { return device; }

    /** The command or operation that failed, in the protocol's own name, e.g. "READ_TEXT". */
    public String command() { return command; }

    /** The step within the operation, e.g. "send", "reply", "verify block 5". */
    public String step() { return step; }

    /** The device's status bytes from the failing reply; empty when the device sent none. */
    public byte[] status() { return status.clone(); }
}
