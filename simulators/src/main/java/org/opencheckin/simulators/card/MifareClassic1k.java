package org.opencheckin.simulators.card;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

/**
 * A MIFARE Classic 1K card's memory and its key rule: 16 sectors x 4 blocks x 16 bytes; the last block of
 * each sector (the trailer) holds key A, the access bits and key B. A block can be read or written only
 * after its sector was authenticated with the sector's key A or key B. A fresh card carries the factory key
 * {@code FF FF FF FF FF FF} and the transport access bits {@code FF 07 80 69} in every sector.
 *
 * <p>Access bits are stored, not interpreted: every card this project writes uses the transport
 * configuration (docs/keycard-format.md), where the keys grant read and write of every block. As on a real
 * card, key A reads back as zeros from a trailer.
 */
public final class MifareClassic1k {

    public static final int SECTORS = 16;
    public static final int BLOCKS = 64;
    public static final int BLOCK_SIZE = 16;
    public static final byte[] FACTORY_KEY = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    public static final byte[] TRANSPORT_ACCESS_BITS = {(byte) 0xFF, 0x07, (byte) 0x80, 0x69};

    private final byte[] uid;
    private final byte[][] blocks = new byte[BLOCKS][BLOCK_SIZE];
    private int authenticatedSector = -1;

    public MifareClassic1k(byte[] uid) {
        if (uid.length != 4) {
            throw new IllegalArgumentException("a MIFARE Classic 1K UID has 4 bytes");
        }
        this.uid = uid.clone();
        blocks[0] = manufacturerBlock(uid);
        for (int sector = 0; sector < SECTORS; sector++) {
            blocks[trailerBlock(sector)] = trailer(FACTORY_KEY, TRANSPORT_ACCESS_BITS, FACTORY_KEY);
        }
    }

    /** A blank card with a random UID. */
    public static MifareClassic1k blank(Random random) {
        byte[] uid = new byte[4];
        random.nextBytes(uid);
        return new MifareClassic1k(uid);
    }

    private static byte[] manufacturerBlock(byte[] uid) {
        byte[] b = new byte[BLOCK_SIZE];
        System.arraycopy(uid, 0, b, 0, 4);
        b[4] = (byte) (uid[0] ^ uid[1] ^ uid[2] ^ uid[3]);
        b[5] = 0x08;
        b[6] = 0x04;
        return b;
    }

    public static byte[] trailer(byte[] keyA, byte[] accessBits, byte[] keyB) {
        byte[] t = new byte[BLOCK_SIZE];
        System.arraycopy(keyA, 0, t, 0, 6);
        System.arraycopy(accessBits, 0, t, 6, 4);
        System.arraycopy(keyB, 0, t, 10, 6);
        return t;
    }

    public static int trailerBlock(int sector) {
        return sector * 4 + 3;
    }

    public static int sectorOf(int block) {
        return block / 4;
    }

    public byte[] uid() {
        return uid.clone();
    }

    public String uidHex() {
        return HexFormat.of().withUpperCase().formatHex(uid);
    }

    /** Authenticates {@code sector} with {@code key} (matched against key A, then key B); a wrong key drops any earlier authentication. */
    public synchronized boolean authenticate(int sector, byte[] key) {
        if (sector < 0 || sector >= SECTORS || key.length != 6) {
            authenticatedSector = -1;
            return false;
        }
        byte[] t = blocks[trailerBlock(sector)];
        boolean ok = Arrays.equals(Arrays.copyOfRange(t, 0, 6), key) || Arrays.equals(Arrays.copyOfRange(t, 10, 16), key);
        authenticatedSector = ok ? sector : -1;
        return ok;
    }

    /** Forgets the authentication: the card left the field or was halted. */
    public synchronized void deselect() {
        authenticatedSector = -1;
    }

    public synchronized boolean isAuthenticated(int block) {
        return block >= 0 && block < BLOCKS && sectorOf(block) == authenticatedSector;
    }

    /** @return the block, or null when its sector is not authenticated */
    public synchronized byte[] read(int block) {
        if (!isAuthenticated(block)) {
            return null;
        }
        byte[] copy = blocks[block].clone();
        if (block % 4 == 3) {
            Arrays.fill(copy, 0, 6, (byte) 0);
        }
        return copy;
    }

    /** @return false when the block's sector is not authenticated or the block is the manufacturer block */
    public synchronized boolean write(int block, byte[] data) {
        if (!isAuthenticated(block) || block == 0 || data.length != BLOCK_SIZE) {
            return false;
        }
        blocks[block] = data.clone();
        return true;
    }

    /** The raw memory of a block, keys included, for tests and the control API's card dump. */
    public synchronized byte[] peek(int block) {
        return blocks[block].clone();
    }
}
