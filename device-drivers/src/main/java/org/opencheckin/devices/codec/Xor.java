package org.opencheckin.devices.codec;

/**
 * The XOR check byte all three devices use: the SAM reader's CHK, the CRT-591's BCC and the OCR
 * reader's BCC differ only in which bytes they cover, so each codec names its own range.
 */
public final class Xor {

    private Xor() {
    }

    /** XOR of {@code bytes[from..toExclusive)}. */
    public static byte of(byte[] bytes, int from, int toExclusive) {
        int x = 0;
        for (int i = from; i < toExclusive; i++) {
            x ^= bytes[i];
        }
        return (byte) x;
    }
}
