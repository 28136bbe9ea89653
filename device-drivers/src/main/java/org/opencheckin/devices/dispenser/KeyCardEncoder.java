package org.opencheckin.devices.dispenser;

import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.dispenser.codec.DispenserStatus;
import org.opencheckin.devices.dispenser.codec.DispenserStatus.CardPosition;
import org.opencheckin.devices.dispenser.codec.DispenserStatus.StackerLevel;
import org.opencheckin.devices.dispenser.codec.MifareApdu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * "Issue one key" on a {@link KeyCardDispenser}, in the card layout of docs/keycard-format.md:
 * payload bytes 0..47 in sector 1 blocks 4, 5, 6; block 7 (trailer) = sector key as key A,
 * access bits {@code FF 07 80 69}, sector key as key B. Runs inside one dispenser operation, so it
 * holds the port throughout. Not thread-safe on its own.
 */
final class KeyCardEncoder {
    private static final Logger LOG = LoggerFactory.getLogger(KeyCardEncoder.class);
    static final int SECTOR = 1;
    static final int FIRST_BLOCK = 4;
    static final int TRAILER_BLOCK = 7;
    static final int PAYLOAD_LENGTH = 48;
    static final byte[] FACTORY_KEY = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    static final byte[] ACCESS_BITS = {(byte) 0xFF, 0x07, (byte) 0x80, 0x69};

    private final KeyCardDispenser.Operations ops;
    private final KeyCardDispenserConfig config;

    KeyCardEncoder(KeyCardDispenser.Operations ops, KeyCardDispenserConfig config) {
        this.ops = ops;
        this.config = config;
    }

    static void checkArguments(byte[] payload, byte[] sectorKey) {
        if (payload == null || payload.length != PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("the key payload has 48 bytes");
        }
        if (sectorKey == null || sectorKey.length != MifareApdu.KEY_SIZE) {
            throw new IllegalArgumentException("the sector key has 6 bytes");
        }
        if (Arrays.equals(sectorKey, FACTORY_KEY)) {
            throw new IllegalArgumentException("the sector key must not be the factory key FF FF FF FF FF FF");
        }
    }

    static byte[] trailer(byte[] sectorKey) {
        byte[] t = new byte[MifareApdu.BLOCK_SIZE];
        System.arraycopy(sectorKey, 0, t, 0, 6);
        System.arraycopy(ACCESS_BITS, 0, t, 6, 4);
        System.arraycopy(sectorKey, 0, t, 10, 6);
        return t;
    }

    KeyIssueResult issue(byte[] payload, byte[] sectorKey) throws DeviceException {
        DispenserStatus s = ops.status();
        requireStock(s);
        if (s.position() != CardPosition.NONE) {
            LOG.info("{}: a card was left in the channel at {}; capturing it", KeyCardDispenser.DEVICE, s.position());
            s = ops.capture();
            requireStock(s);
        }
        int rejected = 0;
        while (rejected < config.maxCardsPerKey()) {
            s = ops.moveToRf();
            if (s.position() != CardPosition.RF) {
                requireStock(s);
                throw new DeviceRejectedException(KeyCardDispenser.DEVICE, "32 32", "move to RF", s.encode(),
                        "card not at the RF position after the move");
            }
            byte[] uid;
            try {
                uid = encode(payload, sectorKey);
            } catch (CardFailure f) {
                rejected++;
                LOG.warn("{}: card failed at '{}' (status word {}); to the reject bin ({} of {})",
                        KeyCardDispenser.DEVICE, f.step, String.format("%04X", f.statusWord), rejected,
                        config.maxCardsPerKey());
                s = ops.capture();
                if (rejected < config.maxCardsPerKey()) {
                    requireStock(s);
                }
                continue;
            }
            ops.eject();
            return awaitTaken(uid, rejected);
        }
        DeviceRejectedException failure = new DeviceRejectedException(KeyCardDispenser.DEVICE, "ISSUE_KEY", "encode",
                null, rejected + " cards in a row failed to encode or verify; check the encoder and the card stock");
        ops.fault(failure.getMessage());
        throw failure;
    }

    private void requireStock(DispenserStatus s) throws DeviceRejectedException {
        if (s.stacker() == StackerLevel.EMPTY) {
            throw new DeviceRejectedException(KeyCardDispenser.DEVICE, "ISSUE_KEY", "check stock", s.encode(),
                    "card stacker empty");
        }
        if (s.rejectBinFull()) {
            throw new DeviceRejectedException(KeyCardDispenser.DEVICE, "ISSUE_KEY", "check stock", s.encode(),
                    "reject bin full");
        }
    }

    private byte[] encode(byte[] payload, byte[] sectorKey) throws DeviceException, CardFailure {
        byte[] uid;
        try {
            uid = ops.activate();
        } catch (DeviceRejectedException e) {
            throw new CardFailure("activate card", 0);
        }
        expect(ops.mifare(MifareApdu.loadKeyA(SECTOR, FACTORY_KEY), "load factory key"), "load factory key");
        for (int i = 0; i < 3; i++) {
            expect(ops.writeBlock(FIRST_BLOCK + i, block(payload, i)), "write block " + (FIRST_BLOCK + i));
        }
        expect(ops.writeBlock(TRAILER_BLOCK, trailer(sectorKey)), "write trailer");
        expect(ops.mifare(MifareApdu.loadKeyA(SECTOR, sectorKey), "load sector key"), "load sector key");
        for (int i = 0; i < 3; i++) {
            byte[] read;
            try {
                read = ops.readBlock(FIRST_BLOCK + i);
            } catch (DeviceRejectedException e) {
                throw new CardFailure("read back block " + (FIRST_BLOCK + i), swOf(e));
            }
            if (!Arrays.equals(read, block(payload, i))) {
                throw new CardFailure("verify block " + (FIRST_BLOCK + i), MifareApdu.SW_OK);
            }
        }
        ops.deactivate();
        return uid;
    }

    private static int swOf(DeviceRejectedException e) {
        byte[] st = e.status();
        return st.length == 2 ? ((st[0] & 0xFF) << 8) | (st[1] & 0xFF) : 0;
    }

    private static void expect(int statusWord, String step) throws CardFailure {
        if (statusWord != MifareApdu.SW_OK) {
            throw new CardFailure(step, statusWord);
        }
    }

    private static byte[] block(byte[] payload, int index) {
        return Arrays.copyOfRange(payload, index * 16, index * 16 + 16);
    }

    private KeyIssueResult awaitTaken(byte[] uid, int rejected) throws DeviceException {
        long polls = Math.max(1, config.cardTakeTimeout().toMillis() / Math.max(1, config.takePollInterval().toMillis()));
        for (long poll = 0; poll < polls; poll++) {
            sleep(config.takePollInterval().toMillis());
            DispenserStatus s = ops.status();
            if (s.position() == CardPosition.NONE) {
                return new KeyIssueResult(KeyIssueResult.Outcome.ISSUED, uid, rejected);
            }
            if (s.position() != CardPosition.GATE) {
                throw new DeviceTimeoutException(KeyCardDispenser.DEVICE, "32 30", "wait for card taken", s.encode(),
                        "card moved back to " + s.position() + " while waiting at the gate", null);
            }
        }
        LOG.info("{}: card not taken within {}; capturing it", KeyCardDispenser.DEVICE, config.cardTakeTimeout());
        ops.capture();
        return new KeyIssueResult(KeyIssueResult.Outcome.NOT_TAKEN_CAPTURED, uid, rejected);
    }

    private static void sleep(long millis) throws DeviceException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(KeyCardDispenser.DEVICE, "ISSUE_KEY", "wait for card taken", null, "interrupted", e);
        }
    }

    /** One card failed to encode or verify; it goes to the reject bin. */
    private static final class CardFailure extends Exception {
        final String step;
        final int statusWord;

        CardFailure(String step, int statusWord) {
            super(step, null, false, false);
            this.step = step;
            this.statusWord = statusWord;
        }
    }
}
