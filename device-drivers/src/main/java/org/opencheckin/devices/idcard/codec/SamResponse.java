package org.opencheckin.devices.idcard.codec;

import java.util.Arrays;

/** Reader to host: {@code SW1 SW2 SW3 data}, PROTOCOLS.md section 1. */
public record SamResponse(int sw1, int sw2, int sw3, byte[] data) {
    public SamResponse {
        if ((sw1 | sw2 | sw3) < 0 || sw1 > 0xFF || sw2 > 0xFF || sw3 > 0xFF) {
            throw new IllegalArgumentException("SW1..SW3 are single bytes");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    int dataLength() {
        return data.length;
    }

    public SamStatus status() {
        return SamStatus.of(sw3);
    }

    /** SW1 SW2 SW3 as bytes, for exception messages. */
    public byte[] statusBytes() {
        return new byte[] {(byte) sw1, (byte) sw2, (byte) sw3};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamResponse r && r.sw1 == sw1 && r.sw2 == sw2 && r.sw3 == sw3 && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * sw1 + sw2) + sw3) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("SamResponse[%02X %02X %02X %s, %d data bytes]", sw1, sw2, sw3, status(), data.length);
    }
}
