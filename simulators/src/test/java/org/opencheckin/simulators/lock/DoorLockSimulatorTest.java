package org.opencheckin.simulators.lock;

import org.junit.jupiter.api.Test;
import org.opencheckin.simulators.card.MifareClassic1k;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DoorLockSimulatorTest {

    static final byte[] SECRET = "demo-hotel-key-signing-secret-01".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SECTOR_KEY = {(byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4, (byte) 0xE5, (byte) 0xF6};
    static final long NOW = 1_790_000_000L;
    final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

    private DoorLockSimulator lock(String room) {
        return new DoorLockSimulator(7, room, SECRET, SECTOR_KEY, clock);
    }

    private static KeyCardPayload key(String room, long sequence, long from, long to) {
        return KeyCardPayload.signed(SECRET, 7, room, sequence, from, to, 1000 + sequence, 0);
    }

    /** Writes a payload the way docs/keycard-format.md places it: blocks 4..6, then sector 1's trailer. */
    static MifareClassic1k card(byte[] payload, byte[] sectorKey) {
        MifareClassic1k card = MifareClassic1k.blank(new Random(3));
        assertThat(card.authenticate(1, MifareClassic1k.FACTORY_KEY)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(card.write(4 + i, Arrays.copyOfRange(payload, 16 * i, 16 * i + 16))).isTrue();
        }
        assertThat(card.write(7, MifareClassic1k.trailer(sectorKey, MifareClassic1k.TRANSPORT_ACCESS_BITS, sectorKey))).isTrue();
        card.deselect();
        return card;
    }

    @Test
    void payloadRoundTripsAndMatchesTheDocumentedOffsets() {
        KeyCardPayload p = key("1204", 5, NOW - 10, NOW + 3600);
        byte[] bytes = p.toBytes();
        assertThat(bytes).hasSize(48);
        assertThat(bytes[0]).isEqualTo((byte) 1);
        assertThat(new String(bytes, 5, 6, StandardCharsets.US_ASCII)).isEqualTo("1204  ");
        assertThat(bytes[14]).isEqualTo((byte) 5);
        KeyCardPayload back = KeyCardPayload.parse(bytes);
        assertThat(back.toBytes()).isEqualTo(bytes);
        assertThat(back.room()).isEqualTo("1204");
        assertThat(KeyCardPayload.macVerifies(bytes, SECRET)).isTrue();
    }

    @Test
    void aCorrectlyIssuedKeyOpensItsRoom() {
        assertThat(lock("1204").present(card(key("1204", 1, NOW - 60, NOW + 86_400).toBytes(), SECTOR_KEY)))
                .isEqualTo(LockDecision.OPENED);
    }

    @Test
    void tamperedExpiredNotYetValidWrongRoomWrongHotelAndFactoryKeyCardsStayShut() {
        byte[] good = key("1204", 1, NOW - 60, NOW + 86_400).toBytes();
        byte[] tampered = good.clone();
        tampered[6] = '3';
        assertThat(lock("1204").present(card(tampered, SECTOR_KEY))).isEqualTo(LockDecision.BAD_SIGNATURE);
        assertThat(lock("1204").present(card(key("1204", 1, NOW - 7200, NOW).toBytes(), SECTOR_KEY))).isEqualTo(LockDecision.EXPIRED);
        assertThat(lock("1204").present(card(key("1204", 1, NOW + 60, NOW + 7200).toBytes(), SECTOR_KEY))).isEqualTo(LockDecision.NOT_YET_VALID);
        assertThat(lock("1205").present(card(good, SECTOR_KEY))).isEqualTo(LockDecision.WRONG_ROOM);
        assertThat(new DoorLockSimulator(8, "1204", SECRET, SECTOR_KEY, clock).present(card(good, SECTOR_KEY))).isEqualTo(LockDecision.WRONG_HOTEL);
        assertThat(lock("1204").present(card(good, MifareClassic1k.FACTORY_KEY))).isEqualTo(LockDecision.UNREADABLE);
        byte[] forged = KeyCardPayload.signed("another-secret".getBytes(StandardCharsets.US_ASCII), 7, "1204", 1, NOW - 60, NOW + 60, 1, 0).toBytes();
        assertThat(lock("1204").present(card(forged, SECTOR_KEY))).isEqualTo(LockDecision.BAD_SIGNATURE);
    }

    @Test
    void aNewerKeySupersedesTheOlderOneButADuplicateOfTheCurrentStillOpens() {
        DoorLockSimulator lock = lock("1204");
        MifareClassic1k first = card(key("1204", 3, NOW - 60, NOW + 86_400).toBytes(), SECTOR_KEY);
        MifareClassic1k duplicate = card(KeyCardPayload.signed(SECRET, 7, "1204", 3, NOW - 60, NOW + 86_400, 2000, KeyCardPayload.FLAG_DUPLICATE).toBytes(), SECTOR_KEY);
        MifareClassic1k newer = card(key("1204", 4, NOW - 60, NOW + 86_400).toBytes(), SECTOR_KEY);
        assertThat(lock.present(first)).isEqualTo(LockDecision.OPENED);
        assertThat(lock.present(duplicate)).isEqualTo(LockDecision.OPENED);
        assertThat(lock.present(newer)).isEqualTo(LockDecision.OPENED);
        assertThat(lock.present(first)).isEqualTo(LockDecision.SUPERSEDED);
        assertThat(lock.present(duplicate)).isEqualTo(LockDecision.SUPERSEDED);
        assertThat(lock.present(newer)).isEqualTo(LockDecision.OPENED);
        assertThat(lock.highestSequence()).isEqualTo(4);
    }
}
