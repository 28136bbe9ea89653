package org.opencheckin.simulators.idcard;

import org.opencheckin.simulators.core.RequestBuffer;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The SAM reader's frame, written from the device's side (PROTOCOLS.md section 1):
 * host to reader {@code AA AA AA 96 69 | LEN(2, BE) | CMD | PARA | data | CHK},
 * reader to host {@code AA AA AA 96 69 | LEN(2, BE) | SW1 | SW2 | SW3 | data | CHK}.
 * LEN counts every byte after itself, CHK included; CHK is the XOR of LEN through the byte before CHK.
 */
public final class SamFrames {

    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** The longest request a reader accepts; longer LEN values are answered with SW3 11. */
    static final int MAX_REQUEST_LEN = 256;

    private SamFrames() {
    }

    /** A reply frame with SW1 SW2 = 00 00. */
    public static byte[] reply(int sw3, byte[] data) {
        int len = 3 + data.length + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(7 + len);
        out.writeBytes(PREAMBLE);
        out.write(len >> 8);
        out.write(len);
        out.write(0);
        out.write(0);
        out.write(sw3);
        out.writeBytes(data);
        byte[] frame = out.toByteArray();
        byte[] withChk = Arrays.copyOf(frame, frame.length + 1);
        withChk[frame.length] = chk(frame, 5, frame.length);
        return withChk;
    }

    /** XOR of {@code bytes[from..to)}. */
    public static byte chk(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return (byte) x;
    }

    /** A request as the reader sees it, checksum already verified. */
    public record Request(int cmd, int para, byte[] data) {
    }

    /** What the assembler made of the bytes so far. */
    public sealed interface Event permits Complete, Garbled {
    }

    public record Complete(Request request) implements Event {
    }

    /** A frame arrived whole but wrong: SW3 10 (checksum) or 11 (length), as the reader reports. */
    public record Garbled(int sw3) implements Event {
    }

    /** Collects request bytes across reads; skips noise until a preamble. */
    public static final class Assembler {
        private final RequestBuffer buffer = new RequestBuffer();

        /** Adds bytes; returns the next event, or null when more bytes are needed. Call again with an empty array to drain. */
        public Event add(byte[] data) {
            byte[] b = buffer.append(data);
            int start = indexOfPreamble(b);
            if (start < 0) {
                keep(b, Math.max(0, b.length - (PREAMBLE.length - 1)));
                return null;
            }
            if (b.length - start < 7) {
                keep(b, start);
                return null;
            }
            int len = ((b[start + 5] & 0xFF) << 8) | (b[start + 6] & 0xFF);
            if (len < 3 || len > MAX_REQUEST_LEN) {
                keep(b, start + PREAMBLE.length);
                return new Garbled(0x11);
            }
            int total = 7 + len;
            if (b.length - start < total) {
                keep(b, start);
                return null;
            }
            byte[] frame = Arrays.copyOfRange(b, start, start + total);
            keep(b, start + total);
            if (chk(frame, 5, total - 1) != frame[total - 1]) {
                return new Garbled(0x10);
            }
            return new Complete(new Request(frame[7] & 0xFF, frame[8] & 0xFF, Arrays.copyOfRange(frame, 9, total - 1)));
        }

        private void keep(byte[] b, int from) {
            buffer.keep(b, from);
        }

        private static int indexOfPreamble(byte[] b) {
            outer:
            for (int i = 0; i + PREAMBLE.length <= b.length; i++) {
                for (int j = 0; j < PREAMBLE.length; j++) {
                    if (b[i + j] != PREAMBLE[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
