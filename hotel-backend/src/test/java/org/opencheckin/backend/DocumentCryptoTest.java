package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.opencheckin.backend.config.BackendProperties;
import org.opencheckin.backend.security.DocumentCrypto;
import org.opencheckin.backend.security.PasswordHasher;
import org.opencheckin.backend.service.GuestNames;

/** AES-GCM document encryption, keyed lookup hash, password hashing and name keys. */
class DocumentCryptoTest {
    static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    @Test
    void encryptsWithFreshNonceAndDetectsTampering() {
        DocumentCrypto crypto = new DocumentCrypto(new BackendProperties.Crypto(KEY_A, KEY_B));
        String a = crypto.encrypt("L898902C3");
        String b = crypto.encrypt("L898902C3");
        assertThat(a).isNotEqualTo(b).doesNotContain("L898902C3");
        assertThat(crypto.decrypt(a)).isEqualTo("L898902C3");
        byte[] raw = Base64.getDecoder().decode(a);
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IllegalStateException.class);
        DocumentCrypto otherKey = new DocumentCrypto(new BackendProperties.Crypto(KEY_B, KEY_A));
        assertThatThrownBy(() -> otherKey.decrypt(a)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lookupHashIsKeyedAndNormalised() {
        DocumentCrypto crypto = new DocumentCrypto(new BackendProperties.Crypto(KEY_A, KEY_B));
        DocumentCrypto other = new DocumentCrypto(new BackendProperties.Crypto(KEY_A, KEY_A));
        assertThat(crypto.lookupHash("PASSPORT", "l898 902-c3")).isEqualTo(crypto.lookupHash("PASSPORT", "L898902C3"))
                .hasSize(64);
        assertThat(crypto.lookupHash("ID_CARD", "L898902C3")).isNotEqualTo(crypto.lookupHash("PASSPORT", "L898902C3"));
        assertThat(other.lookupHash("PASSPORT", "L898902C3")).isNotEqualTo(crypto.lookupHash("PASSPORT", "L898902C3"));
        assertThat(PasswordHasher.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void keysMustBe32BytesAndPasswordsVerify() {
        assertThatThrownBy(() -> new DocumentCrypto(new BackendProperties.Crypto("c2hvcnQ=", KEY_B)))
                .hasMessageContaining("document-key must be 32 bytes");
        String stored = PasswordHasher.hash("s3cret");
        assertThat(PasswordHasher.verify("s3cret", stored)).isTrue();
        assertThat(PasswordHasher.verify("s3cret ", stored)).isFalse();
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain("s3cret");
    }

    @Test
    void nameKeysIgnoreOrderCaseAndAccents() {
        assertThat(GuestNames.key("Eriksson, Anna-María")).isEqualTo(GuestNames.key("ANNA MARIA ERIKSSON"))
                .isEqualTo("ANNA ERIKSSON MARIA");
    }
}
