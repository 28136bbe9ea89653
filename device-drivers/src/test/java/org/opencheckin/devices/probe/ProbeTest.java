package org.opencheckin.devices.probe;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.dispenser.codec.Crt591Codec;
import org.opencheckin.devices.dispenser.codec.Crt591Command;
import org.opencheckin.devices.dispenser.codec.Crt591Reply;
import org.opencheckin.devices.dispenser.codec.MifareApdu;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.Pty;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe jar's entry point against devices played on the master side of real pseudo-terminals. */
class ProbeTest {

    @Test
    void idcardProbePrintsStatusAndAMaskedDocument() throws Exception {
        try (Pty pty = Pty.open()) {
            Thread device = play(pty, List.of(
                    "sam-status", "sam-status-ok", "read-sam-id", "read-sam-id-ok",
                    "find-card", "find-card-found", "select-card", "select-card-ok", "read-text", "read-text-ok"));

            Result r = probe("probe", "--device", "idcard", "--port", pty.slavePath(), "--wait", "5");

            device.join(5000);
            assertThat(r.exit).as(r.out + r.err).isZero();
            assertThat(r.out).contains("\"ok\": true").contains("\"samStatus\": \"SUCCESS\"")
                    .contains("\"type\": \"resident-id-card\"").contains("\"idNumber\": \"1****************X\"")
                    .contains("\"validTo\": \"long-term\"").contains("\"data\": \"masked\"")
                    .doesNotContain("11010519491231002X").doesNotContain("测试样本").doesNotContain("1949");
        }
    }

    @Test
    void showPiiPrintsTheDocumentUnmasked() throws Exception {
        try (Pty pty = Pty.open()) {
            Thread device = play(pty, List.of(
                    "sam-status", "sam-status-ok", "read-sam-id", "read-sam-id-ok",
                    "find-card", "find-card-found", "select-card", "select-card-ok", "read-text", "read-text-ok"));

            Result r = probe("probe", "--device", "idcard", "--port", pty.slavePath(), "--show-pii", "--wait", "5");

            device.join(5000);
            assertThat(r.exit).isZero();
            assertThat(r.out).contains("11010519491231002X").contains("测试样本").contains("1949-12-31");
        }
    }

    @Test
    void mrzProbeWaitsForADocument() throws Exception {
        try (Pty pty = Pty.open()) {
            Thread device = new Thread(() -> {
                sleep(300);
                pty.write(Fixture.named("mrz", "td3-specimen-framed-3m").bytes());
            });
            device.start();

            Result r = probe("probe", "--device", "mrz", "--port", pty.slavePath(), "--wait", "5");

            device.join(5000);
            assertThat(r.exit).as(r.out + r.err).isZero();
            assertThat(r.out).contains("\"format\": \"TD3\"").contains("\"documentNumber\": \"L*******3\"")
                    .contains("\"expiryDate\": \"2012-04-15\"").doesNotContain("ERIKSSON");
        }
    }

    @Test
    void dispenserProbePrintsTheStatus() throws Exception {
        try (Pty pty = Pty.open()) {
            Thread device = play(pty, List.of("status", "status-reply-rf-low"), "dispenser");

            Result r = probe("probe", "--device", "dispenser", "--port", pty.slavePath());

            device.join(5000);
            assertThat(r.exit).as(r.out + r.err).isZero();
            assertThat(r.out).contains("\"cardPosition\": \"RF\"").contains("\"stacker\": \"LOW\"")
                    .contains("\"state\": \"DEGRADED\"");
        }
    }

    @Test
    void dispenserProbeIssuesAndVerifiesOneTestCard() throws Exception {
        byte[] key = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66};
        byte[] payload = Probe.testPayload();
        List<byte[]> script = new ArrayList<>();
        String idle = "020";
        String rf = "220";
        pair(script, cmd(0x31, 0x30), reply(0x31, 0x30, idle, new byte[0])); // connect
        pair(script, cmd(0x31, 0x30), reply(0x31, 0x30, idle, new byte[0])); // issue: stock check
        pair(script, cmd(0x32, 0x32), reply(0x32, 0x32, rf, new byte[0]));
        pair(script, cmd(0x60, 0x30), reply(0x60, 0x30, rf, new byte[] {1, 2, 3, 4}));
        pair(script, mifare(MifareApdu.loadKeyA(1,
                new byte[] {-1, -1, -1, -1, -1, -1})), reply(0x60, 0x33, rf, OK));
        for (int b = 0; b < 3; b++) {
            pair(script, mifare(MifareApdu.writeBlock(4 + b,
                    Arrays.copyOfRange(payload, 16 * b, 16 * b + 16))), reply(0x60, 0x33, rf, OK));
        }
        byte[] trailer = new byte[16];
        System.arraycopy(key, 0, trailer, 0, 6);
        System.arraycopy(new byte[] {-1, 0x07, (byte) 0x80, 0x69}, 0, trailer, 6, 4);
        System.arraycopy(key, 0, trailer, 10, 6);
        pair(script, mifare(MifareApdu.writeBlock(7, trailer)), reply(0x60, 0x33, rf, OK));
        pair(script, mifare(MifareApdu.loadKeyA(1, key)), reply(0x60, 0x33, rf, OK));
        for (int b = 0; b < 3; b++) {
            byte[] data = Arrays.copyOf(Arrays.copyOfRange(payload, 16 * b, 16 * b + 16), 18);
            data[16] = (byte) 0x90;
            pair(script, mifare(MifareApdu.readBlock(4 + b)), reply(0x60, 0x33, rf, data));
        }
        pair(script, cmd(0x60, 0x31), reply(0x60, 0x31, rf, new byte[0]));
        pair(script, cmd(0x32, 0x30), reply(0x32, 0x30, "120", new byte[0]));
        pair(script, cmd(0x31, 0x30), reply(0x31, 0x30, idle, new byte[0])); // taken at the first poll
        try (Pty pty = Pty.open()) {
            Thread device = playBytes(pty, script);

            Result r = probe("probe", "--device", "dispenser", "--port", pty.slavePath(), "--test-card",
                    "--sector-key", "112233445566");

            device.join(10_000);
            assertThat(r.exit).as(r.out + r.err).isZero();
            assertThat(r.out).contains("\"outcome\": \"ISSUED\"").contains("\"uid\": \"01 02 03 04\"");
        }
    }

    static final byte[] OK = {(byte) 0x90, 0x00};

    static void pair(List<byte[]> script, byte[] request, byte[] reply) {
        script.add(request);
        script.add(reply);
    }

    static byte[] cmd(int cm, int pm) {
        return Crt591Codec.encode(
                Crt591Command.of(0, cm, pm));
    }

    static byte[] mifare(byte[] apdu) {
        return Crt591Codec.encode(
                new Crt591Command(0, 0x60, 0x33, apdu));
    }

    static byte[] reply(int cm, int pm, String st, byte[] data) {
        return Crt591Codec.encode(new Crt591Reply(
                0, true, cm, pm, st.getBytes(StandardCharsets.US_ASCII), data));
    }

    @Test
    void aSilentDeviceExitsWithOne() throws Exception {
        try (Pty pty = Pty.open()) {
            Result r = probe("probe", "--device", "dispenser", "--port", pty.slavePath());

            assertThat(r.exit).isEqualTo(1);
            assertThat(r.out).contains("\"ok\": false").contains("no valid reply after 3 attempts");
        }
    }

    @Test
    void testCardWithoutSectorKeyIsAUsageError() throws Exception {
        try (Pty pty = Pty.open()) {
            Result r = probe("probe", "--device", "dispenser", "--port", pty.slavePath(), "--test-card");
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.out).contains("--sector-key");
        }
    }

    @Test
    void theTestPayloadFollowsTheKeyCardLayoutAndCannotOpenALock() {
        byte[] p = Probe.testPayload();
        assertThat(p).hasSize(48);
        assertThat(p[0]).isEqualTo((byte) 1);
        assertThat(new String(p, 5, 6, StandardCharsets.US_ASCII)).isEqualTo("TEST  ");
        assertThat(Arrays.copyOfRange(p, 32, 48)).containsOnly(0);
    }

    record Result(int exit, String out, String err) {
    }

    static Result probe(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Probe.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Thread play(Pty pty, List<String> requestReplyPairs) {
        return play(pty, requestReplyPairs, "idcard");
    }

    /** Plays the device: for each pair, wait for the request fixture's bytes, then send the reply fixture. */
    static Thread play(Pty pty, List<String> requestReplyPairs, String folder) {
        List<byte[]> frames = new ArrayList<>();
        for (String name : requestReplyPairs) {
            frames.add(Fixture.named(folder, name).bytes());
        }
        return playBytes(pty, frames);
    }

    static Thread playBytes(Pty pty, List<byte[]> frames) {
        Thread t = new Thread(() -> {
            for (int i = 0; i < frames.size(); i += 2) {
                byte[] request = pty.read(frames.get(i).length, 5000);
                assertThat(request).isEqualTo(frames.get(i));
                pty.write(frames.get(i + 1));
            }
        }, "pty-device");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
