package org.opencheckin.devices.idcard.codec;

/** The SAM module's commands, PROTOCOLS.md section 1 (CMD, PARA). */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    READ_SAM_ID(0x12, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_TEXT_PHOTO(0x30, 0x01),
    READ_NEW_ADDRESS(0x30, 0x03),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10);

    private final int cmd;
    private final int para;

    SamCommand(int cmd, int para) {
        this.cmd = cmd;
        this.para = para;
    }

    public int cmd() {
        return cmd;
    }

    public int para() {
        return para;
    }

    public SamRequest request() {
        return new SamRequest(cmd, para, new byte[0]);
    }

    /** The command with this CMD and PARA, or null. */
    public static SamCommand of(int cmd, int para) {
        for (SamCommand c : values()) {
            if (c.cmd == cmd && c.para == para) {
                return c;
            }
        }
        return null;
    }
}
