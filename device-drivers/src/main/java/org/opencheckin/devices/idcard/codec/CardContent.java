package org.opencheckin.devices.idcard.codec;

/**
 * The data of a read-text-and-photo reply, PROTOCOLS.md section 1:
 * {@code textLen (2) | photoLen (2) | [fingerprintLen (2)] | text | photo | [fingerprint]},
 * length words big-endian. Each block is copied out only after the lengths add up to the data.
 *
 * @param text        the 256-byte UCS-2LE text block
 * @param photo       the photo (1,024 bytes of WLT on a real card)
 * @param fingerprint fingerprint block, empty when not requested or absent
 */
public record CardContent(byte[] text, byte[] photo, byte[] fingerprint) {
    /** Largest text block accepted. */
    public static final int MAX_TEXT = 256;

    public CardContent {
        text = text.clone();
        photo = photo.clone();
        fingerprint = fingerprint.clone();
    }

    @Override
    public byte[] text() {
        return text.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    @Override
    public byte[] fingerprint() {
        return fingerprint.clone();
    }

    /** Decodes the data of a {@code 30 01} (withFingerprint false) or {@code 30 10} reply. */
    public static CardContent decode(byte[] data, boolean withFingerprint) throws SamFrameException {
        int words = withFingerprint ? 3 : 2;
        if (data.length < 2 * words) {
            throw new SamFrameException("card content shorter than its length words: " + data.length);
        }
        int textLen = word(data, 0);
        int photoLen = word(data, 2);
        int fpLen = withFingerprint ? word(data, 4) : 0;
        if (textLen > MAX_TEXT) {
            throw new SamFrameException("text length " + textLen + " exceeds " + MAX_TEXT);
        }
        if (2 * words + textLen + photoLen + fpLen != data.length) {
            throw new SamFrameException("length words " + textLen + "+" + photoLen + "+" + fpLen
                    + " do not add up to " + (data.length - 2 * words) + " data bytes");
        }
        int at = 2 * words;
        byte[] text = slice(data, at, textLen);
        byte[] photo = slice(data, at + textLen, photoLen);
        byte[] fp = slice(data, at + textLen + photoLen, fpLen);
        return new CardContent(text, photo, fp);
    }

    /** The inverse of {@link #decode}. */
    public byte[] encode(boolean withFingerprint) {
        int words = withFingerprint ? 3 : 2;
        byte[] out = new byte[2 * words + text.length + photo.length + (withFingerprint ? fingerprint.length : 0)];
        putWord(out, 0, text.length);
        putWord(out, 2, photo.length);
        if (withFingerprint) {
            putWord(out, 4, fingerprint.length);
        }
        int at = 2 * words;
        System.arraycopy(text, 0, out, at, text.length);
        System.arraycopy(photo, 0, out, at + text.length, photo.length);
        if (withFingerprint) {
            System.arraycopy(fingerprint, 0, out, at + text.length + photo.length, fingerprint.length);
        }
        return out;
    }

    private static int word(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static void putWord(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 8);
        b[at + 1] = (byte) v;
    }

    private static byte[] slice(byte[] b, int from, int len) {
        byte[] out = new byte[len];
        System.arraycopy(b, from, out, 0, len);
        return out;
    }
}
