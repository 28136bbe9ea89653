package org.opencheckin.backend.security;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.opencheckin.backend.config.BackendProperties;

/**
 * Field encryption for guest document numbers and hotel secrets: AES-256-GCM with a random
 * 12-byte nonce ({@code Base64(nonce | ciphertext | tag)}), and an HMAC-SHA256 "lookup hash"
 * so a document number can be found with an index without being decryptable from the hash.
 * Thread-safe.
 */
@Singleton
public class DocumentCrypto {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public DocumentCrypto(BackendProperties.Crypto crypto) {
        this.encryptionKey = new SecretKeySpec(decodeKey("opencheckin.crypto.document-key", crypto.documentKey()), "AES");
        this.lookupKey = new SecretKeySpec(decodeKey("opencheckin.crypto.lookup-key", crypto.lookupKey()), "HmacSHA256");
    }

    private static byte[] decodeKey(String property, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set (32 bytes, Base64)");
        }
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (Base64), is " + key.length);
        }
        return key;
    }

    public String encrypt(String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts what {@link #encrypt} produced; fails when the data or its tag were altered. */
    public String decrypt(String sealedBase64) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedBase64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed (wrong key or altered data)", e);
        }
    }

    /**
     * The keyed lookup hash of a document: HMAC-SHA256 over {@code TYPE:NUMBER} with the number
     * upper-cased and stripped of spaces, dashes and MRZ fillers, as lower-case hex.
     */
    public String lookupHash(String documentType, String documentNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            String normalized = documentType + ":" + normalizeNumber(documentNumber);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public static String normalizeNumber(String documentNumber) {
        return documentNumber.replaceAll("[\\s<-]", "").toUpperCase(Locale.ROOT);
    }
}
