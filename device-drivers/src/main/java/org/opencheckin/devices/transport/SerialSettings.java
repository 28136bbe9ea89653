package org.opencheckin.devices.transport;

import java.util.Objects;

/**
 * Serial port settings. The port is found by {@code path} (any device path, including a
 * pseudo-terminal such as {@code /dev/pts/7}) or, when the path is null, by USB vendor and
 * product id.
 *
 * @param path          device path, or null to search by USB ids
 * @param usbVendorId   USB vendor id when searching, else -1
 * @param usbProductId  USB product id when searching, else -1
 * @param baudRate      e.g. 115200 (SAM reader), 9600 (CRT-591)
 * @param dataBits      5..8, normally 8
 * @param parity        parity
 * @param stopBits      stop bits
 */
public record SerialSettings(String path, int usbVendorId, int usbProductId, int baudRate, int dataBits,
                             Parity parity, StopBits stopBits) {

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    public enum StopBits { ONE, ONE_POINT_FIVE, TWO }

    public SerialSettings {
        if (path == null && (usbVendorId < 0 || usbProductId < 0)) {
            throw new IllegalArgumentException("a serial port needs a path or a USB vendor and product id");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive: " + baudRate);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5..8: " + dataBits);
        }
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
    }

    /** 8N1 at the given baud rate on a device path. */
    public static SerialSettings of(String path, int baudRate) {
        return new SerialSettings(Objects.requireNonNull(path, "path"), -1, -1, baudRate, 8, Parity.NONE, StopBits.ONE);
    }

    /** 8N1 at the given baud rate on the first port with these USB ids. */
    public static SerialSettings ofUsb(int vendorId, int productId, int baudRate) {
        return new SerialSettings(null, vendorId, productId, baudRate, 8, Parity.NONE, StopBits.ONE);
    }

    String describe() {
        return path != null ? path : String.format("usb %04x:%04x", usbVendorId, usbProductId);
    }
}
