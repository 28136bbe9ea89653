package org.opencheckin.devices.dispenser.codec;

import org.opencheckin.devices.codec.Xor;
import org.opencheckin.devices.codec.FrameBoundary;

/**
 * CRT-591 frame codec, PROTOCOLS.md section 3:
 * <pre>
 * command: F2 | ADDR | LEN (2, big-endian) | 'C' | CM | PM | data | ETX 03 | BCC
 * reply:   F2 | ADDR | LEN (2, big-endian) | 'P' or 'N' | CM | PM | st0 st1 st2 (or e1 e0) | data | ETX | BCC
 * </pre>
 * LEN counts the bytes from 'C'/'P'/'N' through the data; BCC is the XOR of every byte from F2
 * through ETX. The single control bytes ACK 06, NAK 15, ENQ 05 and EOT 04 travel between frames;
 * the {@link #BOUNDARY} reports each as a one-byte frame. Stateless and thread-safe.
 */
public final class Crt591Codec implements FrameBoundary {
    public static final int STX = 0xF2;
    public static final int ETX = 0x03;
    public static final int ACK = 0x06;
    public static final int NAK = 0x15;
    public static final int ENQ = 0x05;
    public static final int EOT = 0x04;
    /** Largest LEN accepted; the longest documented frame (write block) has LEN 24. */
    public static final int MAX_LEN = 512;
    public static final int MAX_FRAME = 4 + MAX_LEN + 2;
    private static final int MIN_COMMAND_LEN = 3;
    private static final int MIN_REPLY_LEN = 5;

    /** Finds frames and control bytes in a byte stream. */
    public static final Crt591Codec BOUNDARY = new Crt591Codec();

    private Crt591Codec() {
    }

    public static byte[] encode(Crt591Command c) {
        byte[] data = c.data();
        byte[] f = frame(c.address(), 3 + data.length);
        f[4] = 'C';
        f[5] = (byte) c.cm();
        f[6] = (byte) c.pm();
        System.arraycopy(data, 0, f, 7, data.length);
        return seal(f);
    }

    public static byte[] encode(Crt591Reply r) {
        byte[] status = r.status();
        byte[] data = r.data();
        byte[] f = frame(r.address(), 3 + status.length + data.length);
        f[4] = (byte) (r.positive() ? 'P' : 'N');
        f[5] = (byte) r.cm();
        f[6] = (byte) r.pm();
        System.arraycopy(status, 0, f, 7, status.length);
        System.arraycopy(data, 0, f, 7 + status.length, data.length);
        return seal(f);
    }

    private static byte[] frame(int address, int len) {
        if (len > MAX_LEN) {
            throw new IllegalArgumentException("LEN " + len + " exceeds " + MAX_LEN);
        }
        byte[] f = new byte[4 + len + 2];
        f[0] = (byte) STX;
        f[1] = (byte) address;
        f[2] = (byte) (len >> 8);
        f[3] = (byte) len;
        return f;
    }

    private static byte[] seal(byte[] f) {
        f[f.length - 2] = ETX;
        f[f.length - 1] = bcc(f, 0, f.length - 1);
        return f;
    }

    public static Crt591Command decodeCommand(byte[] f) throws Crt591FrameException {
        int len = check(f, MIN_COMMAND_LEN);
        if (f[4] != 'C') {
            throw new Crt591FrameException("command frame does not start with 'C'");
        }
        byte[] data = new byte[len - 3];
        System.arraycopy(f, 7, data, 0, data.length);
        return new Crt591Command(f[1] & 0xFF, f[5] & 0xFF, f[6] & 0xFF, data);
    }

    public static Crt591Reply decodeReply(byte[] f) throws Crt591FrameException {
        int len = check(f, MIN_REPLY_LEN);
        boolean positive;
        if (f[4] == 'P') {
            positive = true;
        } else if (f[4] == 'N') {
            positive = false;
        } else {
            throw new Crt591FrameException("reply frame starts with neither 'P' nor 'N'");
        }
        int statusLength = positive ? 3 : 2;
        if (len < 3 + statusLength) {
            throw new Crt591FrameException("reply too short for its status bytes");
        }
        byte[] status = new byte[statusLength];
        System.arraycopy(f, 7, status, 0, statusLength);
        byte[] data = new byte[len - 3 - statusLength];
        System.arraycopy(f, 7 + statusLength, data, 0, data.length);
        return new Crt591Reply(f[1] & 0xFF, positive, f[5] & 0xFF, f[6] & 0xFF, status, data);
    }

    /** Checks STX, LEN bounds and size, ETX and BCC; returns LEN. */
    private static int check(byte[] f, int minLen) throws Crt591FrameException {
        if (f == null || f.length < 4 + minLen + 2) {
            throw new Crt591FrameException("frame too short: " + (f == null ? 0 : f.length) + " bytes");
        }
        if ((f[0] & 0xFF) != STX) {
            throw new Crt591FrameException("frame does not start with F2");
        }
        int len = ((f[2] & 0xFF) << 8) | (f[3] & 0xFF);
        if (len < minLen || len > MAX_LEN) {
            throw new Crt591FrameException("LEN " + len + " out of bounds " + minLen + ".." + MAX_LEN);
        }
        if (f.length != 4 + len + 2) {
            throw new Crt591FrameException("LEN " + len + " does not match frame size " + f.length);
        }
        if (f[f.length - 2] != ETX) {
            throw new Crt591FrameException("ETX missing");
        }
        byte expected = bcc(f, 0, f.length - 1);
        if (f[f.length - 1] != expected) {
            throw new Crt591FrameException(String.format("BCC mismatch: %02X, computed %02X",
                    f[f.length - 1] & 0xFF, expected & 0xFF));
        }
        return len;
    }

    /** BCC: XOR of {@code b[from..toExclusive)}. */
    public static byte bcc(byte[] b, int from, int toExclusive) {
        return Xor.of(b, from, toExclusive);
    }

    public static boolean isControl(int b) {
        return b == ACK || b == NAK || b == ENQ || b == EOT;
    }

    @Override
    public int maxFrameLength() {
        return MAX_FRAME;
    }

    @Override
    public int frameStart(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = buf[i] & 0xFF;
            if (b == STX || isControl(b)) {
                return i;
            }
        }
        return to;
    }

    @Override
    public int frameLength(byte[] buf, int start, int available) throws Crt591FrameException {
        int first = buf[start] & 0xFF;
        if (isControl(first)) {
            return 1;
        }
        if (first != STX) {
            throw new Crt591FrameException("not a frame start");
        }
        if (available < 4) {
            return -1;
        }
        int len = ((buf[start + 2] & 0xFF) << 8) | (buf[start + 3] & 0xFF);
        if (len < MIN_COMMAND_LEN || len > MAX_LEN) {
            throw new Crt591FrameException("LEN out of bounds");
        }
        return 4 + len + 2;
    }
}
