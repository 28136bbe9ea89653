package org.opencheckin.devices.probe;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.Pty;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        assertThat(java.util.Arrays.copyOfRange(p, 32, 48)).containsOnly(0);
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
