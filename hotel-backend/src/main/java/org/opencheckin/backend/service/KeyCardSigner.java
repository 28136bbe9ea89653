package org.opencheckin.backend.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the signed 48-byte key-card payload of docs/keycard-format.md ("Payload: 48 bytes,
 * big-endian"): version, hotelId, room, keySequence, validFrom, validTo, keySerial, flags, then
 * the first 16 bytes of HMAC-SHA256(hotel key-signing secret, bytes 0..31).
 */
public final class KeyCardSigner {
    public static final int PAYLOAD_LENGTH = 48;
    public static final byte VERSION = 0x01;
    /** {@code flags} bit 0: duplicate key (same sequence as the room's current key). */
    public static final int FLAG_DUPLICATE = 0x01;

    private KeyCardSigner() {
    }

    /** The fields of one payload, in the order of the format table. */
    public record Fields(long hotelId, String room, long keySequence, Instant validFrom, Instant validTo,
                         long keySerial, int flags) {
    }

    public static byte[] sign(Fields f, byte[] hotelSecret) {
        byte[] roomBytes = f.room().getBytes(StandardCharsets.US_ASCII);
        if (roomBytes.length > 6) {
            throw new IllegalArgumentException("room number longer than 6 characters: " + f.room());
        }
        ByteBuffer buf = ByteBuffer.allocate(PAYLOAD_LENGTH);
        buf.put(VERSION);                                     // offset 0, version
        buf.putInt((int) f.hotelId());                        // offset 1, hotelId uint32
        for (int i = 0; i < 6; i++) {                         // offset 5, room ASCII right-padded
            buf.put(i < roomBytes.length ? roomBytes[i] : (byte) ' ');
        }
        buf.putInt((int) f.keySequence());                    // offset 11, keySequence uint32
        buf.putInt((int) f.validFrom().getEpochSecond());     // offset 15, validFrom
        buf.putInt((int) f.validTo().getEpochSecond());       // offset 19, validTo (exclusive)
        buf.putLong(f.keySerial());                           // offset 23, keySerial uint64
        buf.put((byte) f.flags());                            // offset 31, flags
        byte[] payload = buf.array();
        System.arraycopy(mac(hotelSecret, payload), 0, payload, 32, 16); // offset 32, mac
        return payload;
    }

    /** Verifies the MAC of a payload, as a lock does. */
    public static boolean verify(byte[] payload, byte[] hotelSecret) {
        if (payload.length != PAYLOAD_LENGTH) {
            return false;
        }
        byte[] expected = mac(hotelSecret, payload);
        byte[] actual = java.util.Arrays.copyOfRange(payload, 32, 48);
        return java.security.MessageDigest.isEqual(java.util.Arrays.copyOf(expected, 16), actual);
    }

    private static byte[] mac(byte[] secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(payload, 0, 32);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
