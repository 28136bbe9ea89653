package org.opencheckin.simulators.dispenser;

import org.opencheckin.simulators.core.RequestBuffer;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The CRT-591 frame from the dispenser's side (PROTOCOLS.md section 3).
 * Command: {@code F2 | ADDR | LEN(2, BE) | 'C' | CM | PM | data | ETX | BCC};
 * reply: {@code F2 | ADDR | LEN | 'P' | CM | PM | st0 st1 st2 | data | ETX | BCC}, or
 * {@code 'N' | CM | PM | e1 e0}. LEN counts from the 'C'/'P'/'N' byte to the end of the data; BCC is the
 * XOR of every byte from F2 through ETX.
 */
public final class Crt591Frames {

    public static final int STX = 0xF2;
    public static final int ETX = 0x03;
    public static final int ENQ = 0x05;
    public static final int ACK = 0x06;
    public static final int NAK = 0x15;
    public static final int EOT = 0x04;
    static final int MAX_LEN = 512;

    private Crt591Frames() {
    }

    public record Command(int address, int cm, int pm, byte[] data) {
    }

    public static byte[] positive(int address, int cm, int pm, char st0, char st1, char st2, byte[] data) {
        byte[] body = new byte[6 + data.length];
        body[0] = 'P';
        body[1] = (byte) cm;
        body[2] = (byte) pm;
        body[3] = (byte) st0;
        body[4] = (byte) st1;
        body[5] = (byte) st2;
        System.arraycopy(data, 0, body, 6, data.length);
        return frame(address, body);
    }

    public static byte[] negative(int address, int cm, int pm, String errorCode) {
        return frame(address, new byte[]{'N', (byte) cm, (byte) pm, (byte) errorCode.charAt(0), (byte) errorCode.charAt(1)});
    }

    static byte[] frame(int address, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(STX);
        out.write(address);
        out.write(body.length >> 8);
        out.write(body.length);
        out.writeBytes(body);
        out.write(ETX);
        byte[] b = out.toByteArray();
        byte[] withBcc = Arrays.copyOf(b, b.length + 1);
        withBcc[b.length] = bcc(b, 0, b.length);
        return withBcc;
    }

    public static byte bcc(byte[] b, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= b[i];
        }
        return (byte) x;
    }

    /** What arrived: a command, a bare control byte, or a frame that failed its checks. */
    public sealed interface Event permits Received, Control, Corrupt {
    }

    public record Received(Command command) implements Event {
    }

    public record Control(int code) implements Event {
    }

    public record Corrupt() implements Event {
    }

    /** Splits the host's byte stream into commands and control bytes; skips noise between frames. */
    public static final class Assembler {
        private final RequestBuffer buffer = new RequestBuffer();

        public Event add(byte[] data) {
            byte[] b = buffer.append(data);
            int i = 0;
            while (i < b.length && (b[i] & 0xFF) != STX) {
                int c = b[i] & 0xFF;
                if (c == ENQ || c == EOT || c == NAK || c == ACK) {
                    keep(b, i + 1);
                    return new Control(c);
                }
                i++;
            }
            if (b.length - i < 4) {
                keep(b, i);
                return null;
            }
            int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (len < 3 || len > MAX_LEN) {
                keep(b, i + 1);
                return new Corrupt();
            }
            int total = 4 + len + 2;
            if (b.length - i < total) {
                keep(b, i);
                return null;
            }
            byte[] f = Arrays.copyOfRange(b, i, i + total);
            keep(b, i + total);
            if ((f[total - 2] & 0xFF) != ETX || bcc(f, 0, total - 1) != f[total - 1] || f[4] != 'C') {
                return new Corrupt();
            }
            return new Received(new Command(f[1] & 0xFF, f[5] & 0xFF, f[6] & 0xFF, Arrays.copyOfRange(f, 7, 4 + len)));
        }

        private void keep(byte[] b, int from) {
            buffer.keep(b, from);
        }
    }
}
