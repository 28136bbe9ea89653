package org.opencheckin.simulators.lock;

import org.opencheckin.simulators.card.MifareClassic1k;

import java.io.ByteArrayOutputStream;
import java.time.Clock;

/**
 * A hotel room's door lock reading OpenCheckin key cards (docs/keycard-format.md). It authenticates
 * sector 1 with the hotel's sector key, reads blocks 4..6 and opens when the MAC verifies with the hotel's
 * secret, the version is 1, hotel and room are its own, {@code validFrom <= now < validTo} and the key
 * sequence is not below the highest it has seen; an accepted higher sequence raises that mark, so older
 * keys of the room stop working.
 *
 * <p>Thread-safe: a lock handles one card at a time.
 */
public final class DoorLockSimulator {

    /** Sector and blocks of the payload (docs/keycard-format.md "Where it sits"). */
    public static final int SECTOR = 1;
    public static final int[] PAYLOAD_BLOCKS = {4, 5, 6};

    private final long hotelId;
    private final String room;
    private final byte[] secret;
    private final byte[] sectorKey;
    private final Clock clock;
    private long highestSequence;

    public DoorLockSimulator(long hotelId, String room, byte[] secret, byte[] sectorKey, Clock clock) {
        this.hotelId = hotelId;
        this.room = room;
        this.secret = secret.clone();
        this.sectorKey = sectorKey.clone();
        this.clock = clock;
    }

    public String room() {
        return room;
    }

    public synchronized long highestSequence() {
        return highestSequence;
    }

    public synchronized LockDecision present(MifareClassic1k card) {
        try {
            if (!card.authenticate(SECTOR, sectorKey)) {
                return LockDecision.UNREADABLE;
            }
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            for (int block : PAYLOAD_BLOCKS) {
                byte[] data = card.read(block);
                if (data == null) {
                    return LockDecision.UNREADABLE;
                }
                payload.writeBytes(data);
            }
            return check(payload.toByteArray());
        } finally {
            card.deselect();
        }
    }

    /** The decision for a raw 48-byte payload, as if read from a card. */
    public synchronized LockDecision check(byte[] bytes) {
        if (!KeyCardPayload.macVerifies(bytes, secret)) {
            return LockDecision.BAD_SIGNATURE;
        }
        KeyCardPayload p = KeyCardPayload.parse(bytes);
        if (p.version() != KeyCardPayload.VERSION) {
            return LockDecision.BAD_VERSION;
        }
        if (p.hotelId() != hotelId) {
            return LockDecision.WRONG_HOTEL;
        }
        if (!p.room().equals(room)) {
            return LockDecision.WRONG_ROOM;
        }
        long now = clock.instant().getEpochSecond();
        if (now < p.validFrom()) {
            return LockDecision.NOT_YET_VALID;
        }
        if (now >= p.validTo()) {
            return LockDecision.EXPIRED;
        }
        if (p.keySequence() < highestSequence) {
            return LockDecision.SUPERSEDED;
        }
        highestSequence = p.keySequence();
        return LockDecision.OPENED;
    }
}
