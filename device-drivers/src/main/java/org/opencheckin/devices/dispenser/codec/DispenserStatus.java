package org.opencheckin.devices.dispenser.codec;

/**
 * The three ASCII status digits of a 'P' reply, PROTOCOLS.md section 3: st0 card in the channel,
 * st1 card stacker, st2 reject bin. (st1/st2 from an open-source driver, st0 values from the
 * vendor manual's description, not confirmed on a device.)
 */
public record DispenserStatus(CardPosition position, StackerLevel stacker, boolean rejectBinFull) {

    /** st0: where a card is. */
    public enum CardPosition {
        /** '0': no card in the channel. */
        NONE('0'),
        /** '1': a card at the gate (the guest can take it). */
        GATE('1'),
        /** '2': a card at the RF/IC (encode) position. */
        RF('2');

        private final char code;

        CardPosition(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }
    }

    /** st1: card stock. */
    public enum StackerLevel {
        EMPTY('0'), LOW('1'), ENOUGH('2');

        private final char code;

        StackerLevel(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }
    }

    public static DispenserStatus decode(byte[] st) throws Crt591FrameException {
        if (st.length != 3) {
            throw new Crt591FrameException("status needs 3 bytes, got " + st.length);
        }
        CardPosition position = switch (st[0]) {
            case '0' -> CardPosition.NONE;
            case '1' -> CardPosition.GATE;
            case '2' -> CardPosition.RF;
            default -> throw new Crt591FrameException(String.format("st0 %02X is not '0', '1' or '2'", st[0] & 0xFF));
        };
        StackerLevel stacker = switch (st[1]) {
            case '0' -> StackerLevel.EMPTY;
            case '1' -> StackerLevel.LOW;
            case '2' -> StackerLevel.ENOUGH;
            default -> throw new Crt591FrameException(String.format("st1 %02X is not '0', '1' or '2'", st[1] & 0xFF));
        };
        boolean full = switch (st[2]) {
            case '0' -> false;
            case '1' -> true;
            default -> throw new Crt591FrameException(String.format("st2 %02X is not '0' or '1'", st[2] & 0xFF));
        };
        return new DispenserStatus(position, stacker, full);
    }

    public byte[] encode() {
        return new byte[] {(byte) position.code(), (byte) stacker.code(), (byte) (rejectBinFull ? '1' : '0')};
    }
}
