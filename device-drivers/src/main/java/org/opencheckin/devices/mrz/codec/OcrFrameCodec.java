package org.opencheckin.devices.mrz.codec;

import org.opencheckin.devices.codec.Xor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The MRZ reader's two ways of sending a document (PROTOCOLS.md section 2):
 * <pre>
 * framed (3M RTE6701 style): SOH | LEN | 'O' 'U' | STX | flag | line1 CR line2 CR line3 CR | ETX | BCC
 * bare:                      line CR [LF]   (cut from the stream by protocol.OcrStream)
 * </pre>
 * PROTOCOLS.md leaves two details of the framed form open; this codec fixes them as:
 * LEN is one byte counting the bytes from 'O' through ETX, and BCC is the XOR of the bytes from
 * LEN through ETX. Lines are padded with '_' to 44 characters; decoding removes the padding. Both are to be replaced by a
 * real reader's capture when one is available. Stateless and thread-safe.
 */
public final class OcrFrameCodec {
    public static final int SOH = 0x01;
    public static final int STX = 0x02;
    public static final int ETX = 0x03;
    public static final int CR = 0x0D;
    public static final int LF = 0x0A;
    /** 'O' 'U' STX flag, three lines of at most 44 characters each with CR, ETX. */
    public static final int MAX_LEN = 4 + 3 * (44 + 1) + 1;
    public static final int MIN_LEN = 4 + 3 + 1;
    public static final int MAX_FRAME = 2 + MAX_LEN + 1;

    private OcrFrameCodec() {
    }

    public static byte[] encode(OcrFrame frame) {
        if (frame.lines().size() != 3) {
            throw new IllegalArgumentException("a framed document has three lines");
        }
        StringBuilder body = new StringBuilder();
        for (String line : frame.lines()) {
            if (line.length() > 44) {
                throw new IllegalArgumentException("an MRZ line has at most 44 characters");
            }
            body.append(line).append("_".repeat(44 - line.length())).append('\r');
        }
        byte[] text = body.toString().getBytes(StandardCharsets.US_ASCII);
        int len = 4 + text.length + 1;
        if (len > MAX_LEN) {
            throw new IllegalArgumentException("lines too long for one frame");
        }
        byte[] out = new byte[2 + len + 1];
        out[0] = SOH;
        out[1] = (byte) len;
        out[2] = 'O';
        out[3] = 'U';
        out[4] = STX;
        out[5] = (byte) frame.flag();
        System.arraycopy(text, 0, out, 6, text.length);
        out[out.length - 2] = ETX;
        out[out.length - 1] = bcc(out, 1, out.length - 1);
        return out;
    }

    public static OcrFrame decode(byte[] frame) throws MrzFormatException {
        if (frame == null || frame.length < 2 + MIN_LEN + 1) {
            throw new MrzFormatException("framed document too short");
        }
        if (frame[0] != SOH) {
            throw new MrzFormatException("framed document does not start with SOH");
        }
        int len = frame[1] & 0xFF;
        if (len < MIN_LEN || len > MAX_LEN || frame.length != 2 + len + 1) {
            throw new MrzFormatException("LEN " + len + " out of bounds or not the frame size " + frame.length);
        }
        if (frame[2] != 'O' || frame[3] != 'U' || frame[4] != STX || frame[frame.length - 2] != ETX) {
            throw new MrzFormatException("framed document lacks \"OU\" STX or ETX");
        }
        if (bcc(frame, 1, frame.length - 1) != frame[frame.length - 1]) {
            throw new MrzFormatException("BCC mismatch");
        }
        List<String> lines = new ArrayList<>(3);
        int start = 6;
        for (int i = start; i < frame.length - 2; i++) {
            if (frame[i] == CR) {
                lines.add(line(frame, start, i));
                start = i + 1;
            }
        }
        if (start != frame.length - 2 || lines.size() != 3) {
            throw new MrzFormatException("framed document must hold three CR-terminated lines");
        }
        return new OcrFrame(frame[5] & 0xFF, lines);
    }

    private static String line(byte[] b, int from, int to) throws MrzFormatException {
        int end = to;
        while (end > from && b[end - 1] == '_') {
            end--;
        }
        for (int i = from; i < end; i++) {
            if (!isMrzChar(b[i])) {
                throw new MrzFormatException("character outside the MRZ alphabet in a line");
            }
        }
        if (end - from > 44) {
            throw new MrzFormatException("line longer than 44 characters");
        }
        return new String(b, from, end - from, StandardCharsets.US_ASCII);
    }

    /** A-Z, 0-9 and the filler {@code <} (Doc 9303 part 3). */
    public static boolean isMrzChar(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
    }

    /** BCC: XOR of {@code b[from..toExclusive)}. */
    static byte bcc(byte[] b, int from, int toExclusive) {
        return Xor.of(b, from, toExclusive);
    }
}
