package org.opencheckin.devices.dispenser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.dispenser.codec.Crt591Codec;
import org.opencheckin.devices.dispenser.codec.Crt591Command;
import org.opencheckin.devices.dispenser.codec.Crt591Reply;
import org.opencheckin.devices.dispenser.codec.DispenserStatus;
import org.opencheckin.devices.dispenser.codec.MifareApdu;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.ScriptedDevice;
import org.opencheckin.devices.transport.InMemoryTransport;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The dispenser driver and "issue one key" as scripted conversations, including every failure path of the issue. */
class KeyCardDispenserConversationTest {
    static final KeyCardDispenserConfig CONFIG = new KeyCardDispenserConfig(0, Duration.ofMillis(150),
            Duration.ofMillis(300), Duration.ofMillis(400), Duration.ofMillis(50), 2, 3);
    static final byte[] SECTOR_KEY = {(byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4, (byte) 0xE5, (byte) 0xF6};
    static final byte[] FACTORY = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    static final byte[] UID = {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF};
    static final byte[] PAYLOAD = payload();
    static final String IDLE = "020";
    static final String AT_RF = "220";
    static final String AT_GATE = "120";
    static final byte[] OK = {(byte) 0x90, 0x00};

    InMemoryTransport.Cable cable;
    ScriptedDevice device;
    KeyCardDispenser dispenser;

    @BeforeEach
    void connect() throws Exception {
        cable = InMemoryTransport.cable("dispenser");
        ScriptedDevice handshake = new ScriptedDevice(cable).expect(cmd(0x31, 0x30)).reply(reply(0x31, 0x30, IDLE)).start();
        dispenser = new KeyCardDispenser(cable.host(), CONFIG);
        dispenser.connect();
        handshake.assertCompleted();
        assertThat(dispenser.health().state()).isEqualTo(HealthState.READY);
        device = new ScriptedDevice(cable);
    }

    @AfterEach
    void close() {
        device.close();
        dispenser.close();
    }

    @Test
    void statusOfTheWorkedExampleMakesTheDispenserDegraded() throws Exception {
        device.expect(Fixture.named("dispenser", "status").bytes())
                .reply(Fixture.named("dispenser", "status-reply-rf-low").bytes()).start();

        DispenserStatus s = dispenser.status();
        assertThat(s.position()).isEqualTo(DispenserStatus.CardPosition.RF);
        assertThat(s.stacker()).isEqualTo(DispenserStatus.StackerLevel.LOW);
        assertThat(dispenser.health().state()).isEqualTo(HealthState.DEGRADED);
        assertThat(dispenser.health().lastError()).contains("card stock low");
        device.assertCompleted();
    }

    @Test
    void issuesOneKeyMoveEncodeVerifyEjectTaken() throws Exception {
        status(IDLE);
        encodeOneCard(device, Arrays.copyOfRange(PAYLOAD, 16, 32));
        eject();
        status(AT_GATE);
        status(IDLE);
        device.start();

        KeyIssueResult result = dispenser.issueKey(PAYLOAD, SECTOR_KEY);

        device.assertCompleted();
        assertThat(result.outcome()).isEqualTo(KeyIssueResult.Outcome.ISSUED);
        assertThat(result.cardUid()).isEqualTo(UID);
        assertThat(result.cardsRejected()).isZero();
        device.assertNothingMoreReceived(100);
    }

    @Test
    void theAckEnqDialectIsFollowed() throws Exception {
        device.expect(cmd(0x31, 0x30)).reply(new byte[] {Crt591Codec.ACK})
                .expect(new byte[] {Crt591Codec.ENQ}).reply(reply(0x31, 0x30, IDLE)).start();

        assertThat(dispenser.status().position()).isEqualTo(DispenserStatus.CardPosition.NONE);
        device.assertCompleted();
    }

    @Test
    void nakMakesTheDriverResendTheFrame() throws Exception {
        device.expect(cmd(0x32, 0x32)).reply(new byte[] {Crt591Codec.NAK})
                .expect(cmd(0x32, 0x32)).reply(reply(0x32, 0x32, AT_RF)).start();

        assertThat(dispenser.moveToRf().position()).isEqualTo(DispenserStatus.CardPosition.RF);
        device.assertCompleted();
    }

    @Test
    void aDamagedStatusReplyIsRetried() throws Exception {
        byte[] damaged = reply(0x31, 0x30, IDLE);
        damaged[damaged.length - 1] ^= 0x40;
        device.expect(cmd(0x31, 0x30)).reply(damaged).expect(cmd(0x31, 0x30)).reply(reply(0x31, 0x30, IDLE)).start();

        assertThat(dispenser.status().stacker()).isEqualTo(DispenserStatus.StackerLevel.ENOUGH);
        device.assertCompleted();
    }

    @Test
    void aMoveWithoutReplyIsNeverResentTheDriverAsksForTheStatusFirst() throws Exception {
        device.expect(cmd(0x32, 0x32)) // silence: did the card move?
                .expect(cmd(0x31, 0x30)).reply(reply(0x31, 0x30, AT_RF)).start();

        assertThat(dispenser.moveToRf().position()).isEqualTo(DispenserStatus.CardPosition.RF);
        device.assertCompleted();
        device.assertNothingMoreReceived(200);
    }

    @Test
    void aMoveWithoutReplyThatDidNotHappenIsATimeoutCarryingTheStatus() throws Exception {
        device.expect(cmd(0x32, 0x30)).expect(cmd(0x31, 0x30)).reply(reply(0x31, 0x30, AT_RF)).start();

        assertThatThrownBy(() -> dispenser.eject()).isInstanceOf(DeviceTimeoutException.class)
                .hasMessageContaining("32 30").hasMessageContaining("status 32 32 30")
                .hasMessageContaining("expected GATE");
        device.assertCompleted();
        device.assertNothingMoreReceived(200);
        assertThat(dispenser.health().state()).isEqualTo(HealthState.FAULT);
    }

    @Test
    void noReplyAtAllMakesTheDispenserOffline() throws Exception {
        device.expect(cmd(0x31, 0x30)).expect(cmd(0x31, 0x30)).expect(cmd(0x31, 0x30)).start();

        assertThatThrownBy(() -> dispenser.status()).isInstanceOf(DeviceTimeoutException.class)
                .hasMessageContaining("key-card dispenser: 31 30 failed");
        device.assertCompleted();
        assertThat(dispenser.health().state()).isEqualTo(HealthState.OFFLINE);
    }

    @Test
    void anEmptyStackerIsReportedAtOnceAndNoCardIsMoved() throws Exception {
        status("000");
        device.start();

        assertThatThrownBy(() -> dispenser.issueKey(PAYLOAD, SECTOR_KEY)).isInstanceOf(DeviceRejectedException.class)
                .hasMessageContaining("card stacker empty").hasMessageContaining("status 30 30 30");
        device.assertCompleted();
        device.assertNothingMoreReceived(200);
        assertThat(dispenser.health().state()).isEqualTo(HealthState.FAULT);
    }

    @Test
    void aFailedWriteSendsTheCardToTheRejectBinAndTheNextCardIsUsed() throws Exception {
        status(IDLE);
        // first card: block 5 fails to write
        device.expect(cmd(0x32, 0x32)).reply(reply(0x32, 0x32, AT_RF))
                .expect(cmd(0x60, 0x30)).reply(reply(0x60, 0x30, AT_RF, UID))
                .expect(mifare(MifareApdu.loadKeyA(1, FACTORY))).reply(mifareReply(OK))
                .expect(mifare(MifareApdu.writeBlock(4, Arrays.copyOfRange(PAYLOAD, 0, 16)))).reply(mifareReply(OK))
                .expect(mifare(MifareApdu.writeBlock(5, Arrays.copyOfRange(PAYLOAD, 16, 32))))
                .reply(mifareReply(new byte[] {0x65, (byte) 0x81}));
        capture();
        // second card works
        encodeOneCard(device, Arrays.copyOfRange(PAYLOAD, 16, 32));
        eject();
        status(IDLE);
        device.start();

        KeyIssueResult result = dispenser.issueKey(PAYLOAD, SECTOR_KEY);

        device.assertCompleted();
        assertThat(result.outcome()).isEqualTo(KeyIssueResult.Outcome.ISSUED);
        assertThat(result.cardsRejected()).isEqualTo(1);
    }

    @Test
    void aReadBackMismatchSendsTheCardToTheRejectBinAndTheNextCardIsUsed() throws Exception {
        status(IDLE);
        byte[] corrupted = Arrays.copyOfRange(PAYLOAD, 16, 32);
        corrupted[3] ^= 0x10;
        encodeOneCardUntilReadBack(device, corrupted);
        capture();
        encodeOneCard(device, Arrays.copyOfRange(PAYLOAD, 16, 32));
        eject();
        status(IDLE);
        device.start();

        KeyIssueResult result = dispenser.issueKey(PAYLOAD, SECTOR_KEY);

        device.assertCompleted();
        assertThat(result.cardsRejected()).isEqualTo(1);
    }

    @Test
    void afterTheBoundOfFailedCardsTheIssueGivesUp() throws Exception {
        KeyCardDispenserConfig twoCards = new KeyCardDispenserConfig(0, Duration.ofMillis(150), Duration.ofMillis(300),
                Duration.ofMillis(400), Duration.ofMillis(50), 2, 2);
        dispenser.close();
        cable.host().open();
        dispenser = new KeyCardDispenser(cable.host(), twoCards);
        device.expect(cmd(0x31, 0x30)).reply(reply(0x31, 0x30, IDLE));
        status(IDLE);
        for (int card = 0; card < 2; card++) {
            device.expect(cmd(0x32, 0x32)).reply(reply(0x32, 0x32, AT_RF))
                    .expect(cmd(0x60, 0x30)).reply(reply(0x60, 0x30, AT_RF, UID))
                    .expect(mifare(MifareApdu.loadKeyA(1, FACTORY))).reply(mifareReply(new byte[] {0x63, 0x00}));
            capture();
        }
        device.start();
        dispenser.connect();

        assertThatThrownBy(() -> dispenser.issueKey(PAYLOAD, SECTOR_KEY)).isInstanceOf(DeviceRejectedException.class)
                .hasMessageContaining("2 cards in a row failed");
        device.assertCompleted();
        device.assertNothingMoreReceived(200);
        assertThat(dispenser.health().state()).isEqualTo(HealthState.FAULT);
    }

    @Test
    void aCardNotTakenInTimeIsCaptured() throws Exception {
        status(IDLE);
        encodeOneCard(device, Arrays.copyOfRange(PAYLOAD, 16, 32));
        eject();
        for (int i = 0; i < 8; i++) { // card-take-timeout 400 ms / take-poll-interval 50 ms
            status(AT_GATE);
        }
        capture();
        device.start();

        KeyIssueResult result = dispenser.issueKey(PAYLOAD, SECTOR_KEY);

        device.assertCompleted();
        assertThat(result.outcome()).isEqualTo(KeyIssueResult.Outcome.NOT_TAKEN_CAPTURED);
        device.assertNothingMoreReceived(200);
    }

    @Test
    void theFactoryKeyIsRefusedAsSectorKey() {
        assertThatThrownBy(() -> dispenser.issueKey(PAYLOAD, FACTORY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("factory key");
        assertThatThrownBy(() -> dispenser.issueKey(new byte[47], SECTOR_KEY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unpluggedDispenserGoesOfflineAndTheSupervisorReconnectsIt() throws Exception {
        device.expect(cmd(0x31, 0x30)).unplug().plug(300)
                .expect(cmd(0x31, 0x30)).reply(reply(0x31, 0x30, IDLE))
                .expect(cmd(0x31, 0x30)).reply(reply(0x31, 0x30, IDLE)).start();

        assertThatThrownBy(() -> dispenser.status()).isInstanceOf(DeviceConnectionException.class)
                .hasMessageContaining("memory:dispenser/host");
        assertThat(dispenser.health().state()).isEqualTo(HealthState.OFFLINE);
        try (DeviceSupervisor supervisor = new DeviceSupervisor(dispenser,
                new SupervisorConfig(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(80))).start()) {
            await().atMost(Duration.ofSeconds(5)).until(() -> dispenser.health().state() == HealthState.READY);
            assertThat(supervisor.reconnectAttempts()).isGreaterThan(1);
        }
        assertThat(dispenser.status().position()).isEqualTo(DispenserStatus.CardPosition.NONE);
        device.assertCompleted();
    }

    // ---- script helpers -------------------------------------------------------------------

    private void status(String st) {
        device.expect(cmd(0x31, 0x30)).reply(reply(0x31, 0x30, st));
    }

    private void eject() {
        device.expect(cmd(0x32, 0x30)).reply(reply(0x32, 0x30, AT_GATE));
    }

    private void capture() {
        device.expect(cmd(0x32, 0x33)).reply(reply(0x32, 0x33, IDLE));
    }

    /** Move to RF, activate, factory key, write 4-7, sector key, read back 4-6 (block 5 reads {@code block5}), deactivate. */
    static void encodeOneCard(ScriptedDevice device, byte[] block5) {
        encodeOneCardUntilReadBack(device, block5);
        device.expect(cmd(0x60, 0x31)).reply(reply(0x60, 0x31, AT_RF));
    }

    static void encodeOneCardUntilReadBack(ScriptedDevice device, byte[] block5) {
        device.expect(cmd(0x32, 0x32)).reply(reply(0x32, 0x32, AT_RF))
                .expect(cmd(0x60, 0x30)).reply(reply(0x60, 0x30, AT_RF, UID))
                .expect(mifare(MifareApdu.loadKeyA(1, FACTORY))).reply(mifareReply(OK));
        for (int b = 0; b < 3; b++) {
            device.expect(mifare(MifareApdu.writeBlock(4 + b, Arrays.copyOfRange(PAYLOAD, b * 16, b * 16 + 16))))
                    .reply(mifareReply(OK));
        }
        byte[] trailer = new byte[16];
        System.arraycopy(SECTOR_KEY, 0, trailer, 0, 6);
        System.arraycopy(new byte[] {(byte) 0xFF, 0x07, (byte) 0x80, 0x69}, 0, trailer, 6, 4);
        System.arraycopy(SECTOR_KEY, 0, trailer, 10, 6);
        device.expect(mifare(MifareApdu.writeBlock(7, trailer))).reply(mifareReply(OK))
                .expect(mifare(MifareApdu.loadKeyA(1, SECTOR_KEY))).reply(mifareReply(OK));
        device.expect(mifare(MifareApdu.readBlock(4))).reply(mifareReply(concat(Arrays.copyOfRange(PAYLOAD, 0, 16), OK)));
        device.expect(mifare(MifareApdu.readBlock(5))).reply(mifareReply(concat(block5, OK)));
        if (Arrays.equals(block5, Arrays.copyOfRange(PAYLOAD, 16, 32))) {
            device.expect(mifare(MifareApdu.readBlock(6))).reply(mifareReply(concat(Arrays.copyOfRange(PAYLOAD, 32, 48), OK)));
        }
    }

    static byte[] cmd(int cm, int pm) {
        return Crt591Codec.encode(Crt591Command.of(0, cm, pm));
    }

    static byte[] mifare(byte[] apdu) {
        return Crt591Codec.encode(new Crt591Command(0, 0x60, 0x33, apdu));
    }

    static byte[] reply(int cm, int pm, String st) {
        return reply(cm, pm, st, new byte[0]);
    }

    static byte[] reply(int cm, int pm, String st, byte[] data) {
        return Crt591Codec.encode(new Crt591Reply(0, true, cm, pm, st.getBytes(java.nio.charset.StandardCharsets.US_ASCII), data));
    }

    static byte[] mifareReply(byte[] data) {
        return reply(0x60, 0x33, AT_RF, data);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] payload() {
        byte[] p = new byte[48];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) (i * 5 + 1);
        }
        return p;
    }
}
