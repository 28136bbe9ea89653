package org.opencheckin.devices.dispenser.codec;

/**
 * MIFARE Classic APDUs carried in a CRT-591 {@code 60 33} command, as in docs/keycard-format.md:
 * <pre>
 * load key A for sector S: 00 20 00 SS 06 k0..k5      -> 90 00, or 63 00 when the key is wrong
 * read block B:            00 B0 00 BB 10             -> 16 data bytes + 90 00; 69 82 not authenticated
 * write block B:           00 D1 00 BB 10 d0..d15     -> 90 00; 69 82 not authenticated; 65 81 write failed
 * </pre>
 */
public final class MifareApdu {
    public static final int SW_OK = 0x9000;
    public static final int SW_WRONG_KEY = 0x6300;
    public static final int SW_NOT_AUTHENTICATED = 0x6982;
    public static final int SW_WRITE_FAILED = 0x6581;
    public static final int SECTORS = 16;
    public static final int BLOCKS = 64;
    public static final int BLOCK_SIZE = 16;
    public static final int KEY_SIZE = 6;

    private MifareApdu() {
    }

    public static byte[] loadKeyA(int sector, byte[] key) {
        if (sector < 0 || sector >= SECTORS) {
            throw new IllegalArgumentException("sector must be 0..15: " + sector);
        }
        if (key.length != KEY_SIZE) {
            throw new IllegalArgumentException("a MIFARE key has 6 bytes");
        }
        byte[] apdu = {0x00, 0x20, 0x00, (byte) sector, 0x06, 0, 0, 0, 0, 0, 0};
        System.arraycopy(key, 0, apdu, 5, KEY_SIZE);
        return apdu;
    }

    public static byte[] readBlock(int block) {
        checkBlock(block);
        return new byte[] {0x00, (byte) 0xB0, 0x00, (byte) block, 0x10};
    }

    public static byte[] writeBlock(int block, byte[] data) {
        checkBlock(block);
        if (data.length != BLOCK_SIZE) {
            throw new IllegalArgumentException("a MIFARE block has 16 bytes");
        }
        byte[] apdu = new byte[5 + BLOCK_SIZE];
        apdu[1] = (byte) 0xD1;
        apdu[3] = (byte) block;
        apdu[4] = 0x10;
        System.arraycopy(data, 0, apdu, 5, BLOCK_SIZE);
        return apdu;
    }

    private static void checkBlock(int block) {
        if (block < 0 || block >= BLOCKS) {
            throw new IllegalArgumentException("block must be 0..63: " + block);
        }
    }

    /** The status word at the end of a MIFARE reply's data. */
    public static int statusWord(byte[] replyData) throws Crt591FrameException {
        if (replyData.length < 2) {
            throw new Crt591FrameException("MIFARE reply has no status word");
        }
        return ((replyData[replyData.length - 2] & 0xFF) << 8) | (replyData[replyData.length - 1] & 0xFF);
    }

    /** The 16 bytes of a successful read-block reply. */
    public static byte[] blockData(byte[] replyData) throws Crt591FrameException {
        if (replyData.length != BLOCK_SIZE + 2 || statusWord(replyData) != SW_OK) {
            throw new Crt591FrameException("read-block reply must be 16 bytes and 90 00");
        }
        byte[] block = new byte[BLOCK_SIZE];
        System.arraycopy(replyData, 0, block, 0, BLOCK_SIZE);
        return block;
    }
}
