package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.opencheckin.backend.service.KeyCardSigner;

/** docs/keycard-format.md "Payload: 48 bytes, big-endian", checked byte by byte. */
class KeyCardSignerTest {
    static final byte[] SECRET = "demo-hotel-key-signing-secret-01".getBytes(StandardCharsets.UTF_8);

    @Test
    void payloadFollowsTheFormatTable() throws Exception {
        KeyCardSigner.Fields f = new KeyCardSigner.Fields(0x01020304L, "1204", 7, Instant.ofEpochSecond(1_700_000_000L),
                Instant.ofEpochSecond(1_700_086_400L), 0x0102030405060708L, KeyCardSigner.FLAG_DUPLICATE);
        byte[] p = KeyCardSigner.sign(f, SECRET);
        String hex = HexFormat.of().formatHex(p, 0, 32);
        assertThat(hex).isEqualTo(
                "01" + "01020304" + HexFormat.of().formatHex("1204  ".getBytes(StandardCharsets.US_ASCII))
                        + "00000007" + "6553f100" + "65554280" + "0102030405060708" + "01");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        byte[] expectedMac = Arrays.copyOf(mac.doFinal(Arrays.copyOf(p, 32)), 16);
        assertThat(Arrays.copyOfRange(p, 32, 48)).isEqualTo(expectedMac);
        assertThat(p).hasSize(48);
        assertThat(KeyCardSigner.verify(p, SECRET)).isTrue();
    }

    @Test
    void anyChangedByteOrOtherSecretFailsVerification() {
        byte[] p = KeyCardSigner.sign(new KeyCardSigner.Fields(1, "101", 1, Instant.ofEpochSecond(10),
                Instant.ofEpochSecond(20), 1, 0), SECRET);
        for (int i = 0; i < 48; i++) {
            byte[] copy = p.clone();
            copy[i] ^= 0x01;
            assertThat(KeyCardSigner.verify(copy, SECRET)).as("byte %d", i).isFalse();
        }
        assertThat(KeyCardSigner.verify(p, "another-hotel".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(KeyCardSigner.verify(Arrays.copyOf(p, 47), SECRET)).isFalse();
        assertThatThrownBy(() -> KeyCardSigner.sign(new KeyCardSigner.Fields(1, "1234567", 1, Instant.EPOCH,
                Instant.EPOCH, 1, 0), SECRET)).isInstanceOf(IllegalArgumentException.class);
    }
}
