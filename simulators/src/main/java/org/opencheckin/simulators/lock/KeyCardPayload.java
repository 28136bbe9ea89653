package org.opencheckin.simulators.lock;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The 48-byte OpenCheckin v1 key-card payload (docs/keycard-format.md "Payload"), big-endian:
 * version(1) hotelId(4) room(6, ASCII, space padded) keySequence(4) validFrom(4) validTo(4)
 * keySerial(8) flags(1) mac(16) where mac = first 16 bytes of HMAC-SHA256(secret, bytes 0..31).
 *
 * <p>The simulators' own reading of the format: the lock verifies with this, never with the backend's or
 * the drivers' code, so the three parties meet only on the document.
 */
public record KeyCardPayload(int version, long hotelId, String room, long keySequence, long validFrom,
                             long validTo, long keySerial, int flags, byte[] mac) {

    public static final int LENGTH = 48;
    public static final int SIGNED_LENGTH = 32;
    public static final int VERSION = 1;
    public static final int FLAG_DUPLICATE = 0x01;

    public static KeyCardPayload parse(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a key-card payload has 48 bytes, not " + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int version = b.get() & 0xFF;
        long hotelId = b.getInt() & 0xFFFFFFFFL;
        byte[] room = new byte[6];
        b.get(room);
        long sequence = b.getInt() & 0xFFFFFFFFL;
        long from = b.getInt() & 0xFFFFFFFFL;
        long to = b.getInt() & 0xFFFFFFFFL;
        long serial = b.getLong();
        int flags = b.get() & 0xFF;
        byte[] mac = new byte[16];
        b.get(mac);
        return new KeyCardPayload(version, hotelId, new String(room, StandardCharsets.US_ASCII).stripTrailing(),
                sequence, from, to, serial, flags, mac);
    }

    /** A payload signed with {@code secret}: what the backend issues, for tests and demos. */
    public static KeyCardPayload signed(byte[] secret, long hotelId, String room, long keySequence, long validFrom,
                                        long validTo, long keySerial, int flags) {
        KeyCardPayload unsigned = new KeyCardPayload(VERSION, hotelId, room, keySequence, validFrom, validTo,
                keySerial, flags, new byte[16]);
        return new KeyCardPayload(VERSION, hotelId, room, keySequence, validFrom, validTo, keySerial, flags,
                mac(secret, Arrays.copyOf(unsigned.toBytes(), SIGNED_LENGTH)));
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(LENGTH);
        b.put((byte) version);
        b.putInt((int) hotelId);
        byte[] r = Arrays.copyOf((room + "      ").getBytes(StandardCharsets.US_ASCII), 6);
        b.put(r);
        b.putInt((int) keySequence);
        b.putInt((int) validFrom);
        b.putInt((int) validTo);
        b.putLong(keySerial);
        b.put((byte) flags);
        b.put(mac);
        return b.array();
    }

    /** True when the MAC matches bytes 0..31 under {@code secret} (constant-time compare). */
    public static boolean macVerifies(byte[] payload, byte[] secret) {
        byte[] expected = mac(secret, Arrays.copyOf(payload, SIGNED_LENGTH));
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(payload, SIGNED_LENGTH, LENGTH));
    }

    static byte[] mac(byte[] secret, byte[] signed) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Arrays.copyOf(hmac.doFinal(signed), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
