package org.opencheckin.kiosk.device;

/**
 * A device cannot do its job right now (unplugged, not answering, jammed, out of cards). The message says
 * which device and command, and carries the device's status bytes where there are any; it never
 * contains guest data.
 */
public class DeviceFaultException extends Exception {

    private final String device;
    private final Fault fault;

    public enum Fault {
        /** The device does not answer or its port is gone. */
        UNREACHABLE,
        /** The device answered with an error status. */
        DEVICE_ERROR,
        /** A card is stuck in the dispenser's channel. */
        JAM,
        /** The card stacker is empty. */
        OUT_OF_CARDS,
        /** The card could not be written or verified; it went to the reject bin. */
        ENCODE_FAILED
    }

    public DeviceFaultException(String device, Fault fault, String message) {
        super(device + ": " + message);
        this.device = device;
        this.fault = fault;
    }

    public DeviceFaultException(String device, Fault fault, String message, Throwable cause) {
        super(device + ": " + message, cause);
        this.device = device;
        this.fault = fault;
    }

    public String device() {
        return device;
    }

    public Fault fault() {
        return fault;
    }
}
