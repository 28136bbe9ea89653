package org.opencheckin.devices.idcard.codec;

import java.util.Arrays;

/** Host to reader: {@code CMD PARA data}, PROTOCOLS.md section 1. */
public record SamRequest(int cmd, int para, byte[] data) {
    public SamRequest {
        if (cmd < 0 || cmd > 0xFF || para < 0 || para > 0xFF) {
            throw new IllegalArgumentException("CMD and PARA are single bytes");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The named command, or null for one not in the table. */
    public SamCommand command() {
        return SamCommand.of(cmd, para);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamRequest r && r.cmd == cmd && r.para == para && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * cmd + para) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("SamRequest[%02X %02X, %d data bytes]", cmd, para, data.length);
    }
}
