package org.opencheckin.devices.dispenser.codec;

import java.util.Arrays;

/**
 * Dispenser to host, PROTOCOLS.md section 3: {@code 'P' CM PM st0 st1 st2 data} when the command
 * was done, {@code 'N' CM PM e1 e0 data} when it failed.
 *
 * @param positive true for 'P'
 * @param status   st0 st1 st2 (3 bytes) for 'P', the two ASCII error digits e1 e0 for 'N'
 * @param data     what follows the status bytes
 */
public record Crt591Reply(int address, boolean positive, int cm, int pm, byte[] status, byte[] data) {
    public Crt591Reply {
        if ((address | cm | pm) < 0 || address > 0xFF || cm > 0xFF || pm > 0xFF) {
            throw new IllegalArgumentException("ADDR, CM and PM are single bytes");
        }
        if (status.length != (positive ? 3 : 2)) {
            throw new IllegalArgumentException(positive ? "'P' has 3 status bytes" : "'N' has 2 error bytes");
        }
        status = status.clone();
        data = data.clone();
    }

    @Override
    public byte[] status() {
        return status.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    int dataLength() {
        return data.length;
    }

    /** True when this reply answers {@code command} (same address, CM and PM). */
    public boolean answers(Crt591Command command) {
        return command.address() == address && command.cm() == cm && command.pm() == pm;
    }

    /** For 'N' replies: the two-digit error code, e.g. "02". */
    public String errorCode() {
        return positive ? "" : new String(new char[] {(char) (status[0] & 0xFF), (char) (status[1] & 0xFF)});
    }

    /** 'P'/'N', CM, PM and the status bytes, for exception messages. */
    public byte[] statusBytes() {
        byte[] out = new byte[3 + status.length];
        out[0] = (byte) (positive ? 'P' : 'N');
        out[1] = (byte) cm;
        out[2] = (byte) pm;
        System.arraycopy(status, 0, out, 3, status.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Crt591Reply r && r.address == address && r.positive == positive && r.cm == cm
                && r.pm == pm && Arrays.equals(r.status, status) && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {address, positive ? 1 : 0, cm, pm, Arrays.hashCode(status), Arrays.hashCode(data)});
    }

    @Override
    public String toString() {
        return String.format("Crt591Reply[%s %02X %02X, status %s, %d data bytes]", positive ? "P" : "N", cm, pm,
                org.opencheckin.devices.Hex.format(status), data.length);
    }
}
