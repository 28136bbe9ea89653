package org.opencheckin.devices.idcard.codec;

import org.opencheckin.devices.codec.Xor;
import org.opencheckin.devices.codec.FrameBoundary;

/**
 * SAM frame codec, PROTOCOLS.md section 1:
 * <pre>
 * host to reader: AA AA AA 96 69 | LEN (2, big-endian) | CMD | PARA | data | CHK
 * reader to host: AA AA AA 96 69 | LEN (2, big-endian) | SW1 | SW2 | SW3 | data | CHK
 * </pre>
 * LEN counts every byte after the length field, CHK included; CHK is the XOR of the bytes from
 * the first LEN byte to the byte before CHK. LEN is checked against {@link #MAX_LEN} before
 * anything is allocated. Stateless and thread-safe.
 */
public final class SamCodec implements FrameBoundary {
    public static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Largest LEN documented: read text + photo + 1,024-byte fingerprint, 0x090A. */
    public static final int MAX_LEN = 0x090A;
    /** Header: preamble and the two LEN bytes. */
    public static final int HEADER = 7;
    public static final int MAX_FRAME = HEADER + MAX_LEN;
    private static final int MIN_REQUEST_LEN = 3;
    private static final int MIN_RESPONSE_LEN = 4;

    /** Finds SAM frames in a byte stream, for a protocol's frame reader. */
    public static final SamCodec BOUNDARY = new SamCodec();

    private SamCodec() {
    }

    public static byte[] encode(SamRequest request) {
        byte[] data = request.data();
        byte[] frame = header(2 + data.length + 1);
        frame[HEADER] = (byte) request.cmd();
        frame[HEADER + 1] = (byte) request.para();
        System.arraycopy(data, 0, frame, HEADER + 2, data.length);
        frame[frame.length - 1] = checksum(frame, 5, frame.length - 1);
        return frame;
    }

    public static byte[] encode(SamResponse response) {
        int dataLength = response.dataLength();
        if (3 + dataLength + 1 > MAX_LEN) {
            throw new IllegalArgumentException("reply data too long: " + dataLength);
        }
        byte[] frame = header(3 + dataLength + 1);
        frame[HEADER] = (byte) response.sw1();
        frame[HEADER + 1] = (byte) response.sw2();
        frame[HEADER + 2] = (byte) response.sw3();
        System.arraycopy(response.data(), 0, frame, HEADER + 3, dataLength);
        frame[frame.length - 1] = checksum(frame, 5, frame.length - 1);
        return frame;
    }

    private static byte[] header(int len) {
        if (len > MAX_LEN) {
            throw new IllegalArgumentException("LEN " + len + " exceeds " + MAX_LEN);
        }
        byte[] frame = new byte[HEADER + len];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (len >> 8);
        frame[6] = (byte) len;
        return frame;
    }

    public static SamRequest decodeRequest(byte[] frame) throws SamFrameException {
        int len = checkFrame(frame, MIN_REQUEST_LEN);
        byte[] data = new byte[len - 3];
        System.arraycopy(frame, HEADER + 2, data, 0, data.length);
        return new SamRequest(frame[HEADER] & 0xFF, frame[HEADER + 1] & 0xFF, data);
    }

    public static SamResponse decodeResponse(byte[] frame) throws SamFrameException {
        int len = checkFrame(frame, MIN_RESPONSE_LEN);
        byte[] data = new byte[len - 4];
        System.arraycopy(frame, HEADER + 3, data, 0, data.length);
        return new SamResponse(frame[HEADER] & 0xFF, frame[HEADER + 1] & 0xFF, frame[HEADER + 2] & 0xFF, data);
    }

    /** Checks preamble, LEN bounds, LEN against the frame size and CHK; returns LEN. */
    private static int checkFrame(byte[] frame, int minLen) throws SamFrameException {
        if (frame == null || frame.length < HEADER + minLen) {
            throw new SamFrameException("frame too short: " + (frame == null ? 0 : frame.length) + " bytes");
        }
        for (int i = 0; i < PREAMBLE.length; i++) {
            if (frame[i] != PREAMBLE[i]) {
                throw new SamFrameException("bad preamble at byte " + i);
            }
        }
        int len = ((frame[5] & 0xFF) << 8) | (frame[6] & 0xFF);
        if (len < minLen || len > MAX_LEN) {
            throw new SamFrameException("LEN " + len + " out of bounds " + minLen + ".." + MAX_LEN);
        }
        if (frame.length != HEADER + len) {
            throw new SamFrameException("LEN " + len + " does not match frame size " + frame.length);
        }
        byte expected = checksum(frame, 5, frame.length - 1);
        if (frame[frame.length - 1] != expected) {
            throw new SamFrameException(String.format("checksum mismatch: CHK %02X, computed %02X",
                    frame[frame.length - 1] & 0xFF, expected & 0xFF));
        }
        return len;
    }

    /** XOR of {@code bytes[from..toExclusive)}. */
    public static byte checksum(byte[] bytes, int from, int toExclusive) {
        return Xor.of(bytes, from, toExclusive);
    }

    @Override
    public int maxFrameLength() {
        return MAX_FRAME;
    }

    @Override
    public int frameStart(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            int matched = 0;
            while (matched < PREAMBLE.length && i + matched < to && buf[i + matched] == PREAMBLE[matched]) {
                matched++;
            }
            if (matched == PREAMBLE.length || i + matched == to) {
                return i;
            }
        }
        return to;
    }

    @Override
    public int frameLength(byte[] buf, int start, int available) throws SamFrameException {
        if (available < HEADER) {
            return -1;
        }
        for (int i = 0; i < PREAMBLE.length; i++) {
            if (buf[start + i] != PREAMBLE[i]) {
                throw new SamFrameException("bad preamble at byte " + i);
            }
        }
        int len = ((buf[start + 5] & 0xFF) << 8) | (buf[start + 6] & 0xFF);
        if (len < MIN_REQUEST_LEN || len > MAX_LEN) {
            throw new SamFrameException("LEN " + len + " out of bounds");
        }
        return HEADER + len;
    }
}
