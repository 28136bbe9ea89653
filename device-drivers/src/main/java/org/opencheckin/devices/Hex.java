package org.opencheckin.devices;

import java.io.ByteArrayOutputStream;

/** Hex formatting and parsing as used in fixtures, logs and exception messages. */
public final class Hex {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    /** Upper-case hex bytes separated by single spaces, e.g. {@code "AA AA 96"}. */
    public static String format(byte[] bytes) {
        return format(bytes, 0, bytes.length);
    }

    public static String format(byte[] bytes, int offset, int length) {
        StringBuilder sb = new StringBuilder(length * 3);
        for (int i = offset; i < offset + length; i++) {
            if (i > offset) {
                sb.append(' ');
            }
            sb.append(DIGITS[(bytes[i] >> 4) & 0x0F]).append(DIGITS[bytes[i] & 0x0F]);
        }
        return sb.toString();
    }

    /** Parses hex digits, ignoring whitespace; throws IllegalArgumentException on anything else. */
    public static byte[] parse(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2);
        int high = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int v = Character.digit(c, 16);
            if (v < 0) {
                throw new IllegalArgumentException("not a hex digit at " + i + ": '" + c + "'");
            }
            if (high < 0) {
                high = v;
            } else {
                out.write((high << 4) | v);
                high = -1;
            }
        }
        if (high >= 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        return out.toByteArray();
    }
}
