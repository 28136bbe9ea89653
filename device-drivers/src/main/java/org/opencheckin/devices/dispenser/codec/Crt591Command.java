package org.opencheckin.devices.dispenser.codec;

import java.util.Arrays;

/**
 * Host to dispenser: {@code 'C' CM PM data}, PROTOCOLS.md section 3.
 *
 * @param address dispenser address (ADDR byte), 0 for a single unit
 */
public record Crt591Command(int address, int cm, int pm, byte[] data) {
    public static final int INITIALISE = 0x30;
    public static final int STATUS = 0x31;
    public static final int MOVE = 0x32;
    public static final int MIFARE = 0x60;

    public Crt591Command {
        if ((address | cm | pm) < 0 || address > 0xFF || cm > 0xFF || pm > 0xFF) {
            throw new IllegalArgumentException("ADDR, CM and PM are single bytes");
        }
        data = data.clone();
    }

    public static Crt591Command of(int address, int cm, int pm) {
        return new Crt591Command(address, cm, pm, new byte[0]);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    int dataLength() {
        return data.length;
    }

    /** "31 30" style name for messages. */
    public String code() {
        return String.format("%02X %02X", cm, pm);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Crt591Command c && c.address == address && c.cm == cm && c.pm == pm
                && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return ((address * 31 + cm) * 31 + pm) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Crt591Command[" + code() + ", " + data.length + " data bytes]";
    }
}
