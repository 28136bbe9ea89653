package org.opencheckin.simulators.drivers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.dispenser.KeyCardDispenser;
import org.opencheckin.devices.dispenser.KeyCardDispenserConfig;
import org.opencheckin.devices.dispenser.KeyIssueResult;
import org.opencheckin.devices.dispenser.codec.DispenserStatus;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.devices.transport.SerialSettings;
import org.opencheckin.devices.transport.SerialTransport;
import org.opencheckin.simulators.card.MifareClassic1k;
import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.dispenser.CardPosition;
import org.opencheckin.simulators.dispenser.Crt591DispenserSimulator;
import org.opencheckin.simulators.link.PtyLink;
import org.opencheckin.simulators.lock.DoorLockSimulator;
import org.opencheckin.simulators.lock.KeyCardPayload;
import org.opencheckin.simulators.lock.LockDecision;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The real dispenser driver against the CRT-591 simulator over a real pty, and the door-lock simulator
 * judging the cards the driver wrote.
 */
class KeyCardDispenserDriverTest {

    private static final byte[] SECRET = "demo-hotel-7-key-signing-secret".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SECTOR_KEY = HexFormat.of().parseHex("3C9A5E1F7B24");
    private static final KeyCardDispenserConfig CONFIG = new KeyCardDispenserConfig(0, Duration.ofMillis(300),
            Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(30), 2, 3);

    @TempDir
    Path dir;

    private Crt591DispenserSimulator sim;
    private KeyCardDispenser driver;
    private final long now = Instant.now().getEpochSecond();

    private void start(boolean ackMode, Timing timing) throws Exception {
        sim = new Crt591DispenserSimulator(new PtyLink(dir.resolve("dispenser")), 38400, timing, 0, ackMode,
                new Crt591DispenserSimulator.Stock(50, 10, 20), 11);
        sim.start();
        driver = new KeyCardDispenser(new SerialTransport(SerialSettings.of(sim.address(), 38400)), CONFIG);
        driver.connect();
    }

    private void start() throws Exception {
        start(false, Timing.fast());
    }

    @AfterEach
    void stop() throws Exception {
        if (driver != null) {
            driver.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private static byte[] payload(String room, long sequence, long from, long to) {
        return KeyCardPayload.signed(SECRET, 7, room, sequence, from, to, 5000 + sequence, 0).toBytes();
    }

    private MifareClassic1k issue(byte[] payload) throws Exception {
        KeyIssueResult result = driver.issueKey(payload, SECTOR_KEY);
        assertThat(result.outcome()).isEqualTo(KeyIssueResult.Outcome.ISSUED);
        MifareClassic1k card = sim.takeCard();
        assertThat(card).as("the guest holds the card").isNotNull();
        assertThat(card.uid()).isEqualTo(result.cardUid());
        return card;
    }

    private DoorLockSimulator door(String room) {
        return new DoorLockSimulator(7, room, SECRET, SECTOR_KEY, Clock.systemUTC());
    }

    @Test
    void statusSensorsAndEveryMechanicalAndMifareStep() throws Exception {
        start();
        DispenserStatus status = driver.status();
        assertThat(status.position()).isEqualTo(DispenserStatus.CardPosition.NONE);
        assertThat(status.stacker()).isEqualTo(DispenserStatus.StackerLevel.ENOUGH);
        assertThat(status.rejectBinFull()).isFalse();
        assertThat(driver.sensorStatus()).hasSize(9);

        assertThat(driver.moveToRf().position()).isEqualTo(DispenserStatus.CardPosition.RF);
        assertThat(driver.activateCard()).isEqualTo(sim.cardInChannel().uid());
        assertThat(driver.loadKey(1, new byte[]{1, 2, 3, 4, 5, 6})).isEqualTo(0x6300);
        assertThat(driver.loadKey(1, MifareClassic1k.FACTORY_KEY)).isEqualTo(0x9000);
        byte[] block = new byte[16];
        Arrays.fill(block, (byte) 0x3C);
        assertThat(driver.writeBlock(5, block)).isEqualTo(0x9000);
        assertThat(driver.readBlock(5)).isEqualTo(block);
        assertThatThrownBy(() -> driver.readBlock(9)).isInstanceOf(DeviceRejectedException.class);
        driver.deactivateCard();
        driver.hold();
        assertThat(sim.position()).isEqualTo(CardPosition.HOLDING);
        assertThat(driver.capture().position()).isEqualTo(DispenserStatus.CardPosition.NONE);
        assertThat(sim.rejectCount()).isEqualTo(1);
        driver.moveToRf();
        assertThat(driver.initialise(false).position()).as("30 33 leaves the card").isEqualTo(DispenserStatus.CardPosition.RF);
        assertThat(driver.initialise(true).position()).as("30 30 clears the channel").isEqualTo(DispenserStatus.CardPosition.NONE);
        assertThat(driver.eject().position()).isEqualTo(DispenserStatus.CardPosition.GATE);
        await().atMost(Duration.ofSeconds(2)).until(() -> sim.takenCount() == 1);
    }

    @Test
    void aKeyIssuedByTheDriverOpensTheRightDoorAndWrongOrStaleOnesDoNot() throws Exception {
        start();
        MifareClassic1k first = issue(payload("1204", 1, now - 60, now + 86_400));
        assertThat(first.authenticate(1, MifareClassic1k.FACTORY_KEY)).as("factory key gone from sector 1").isFalse();
        DoorLockSimulator door1204 = door("1204");
        assertThat(door1204.present(first)).isEqualTo(LockDecision.OPENED);
        assertThat(door("1205").present(first)).isEqualTo(LockDecision.WRONG_ROOM);

        MifareClassic1k newer = issue(payload("1204", 2, now - 60, now + 86_400));
        assertThat(door1204.present(newer)).isEqualTo(LockDecision.OPENED);
        assertThat(door1204.present(first)).as("superseded by the new key").isEqualTo(LockDecision.SUPERSEDED);

        assertThat(door1204.present(issue(payload("1204", 3, now - 7200, now - 60)))).isEqualTo(LockDecision.EXPIRED);
        byte[] tampered = payload("1204", 4, now - 60, now + 86_400);
        tampered[20] ^= 0x10;
        assertThat(door1204.present(issue(tampered))).isEqualTo(LockDecision.BAD_SIGNATURE);
        assertThat(door1204.present(newer)).as("refusals do not change the lock").isEqualTo(LockDecision.OPENED);
    }

    @Test
    void lineFaultsOnQueriesAreRetried() throws Exception {
        start();
        for (Fault fault : new Fault[]{Fault.BIT_FLIP, Fault.DROP_BYTE, Fault.INSERT_BYTE, Fault.GARBAGE_BEFORE_FRAME, Fault.NO_REPLY, Fault.NAK}) {
            sim.inject(fault, 1);
            assertThat(driver.status().stacker()).as(fault.name()).isEqualTo(DispenserStatus.StackerLevel.ENOUGH);
            assertThat(sim.faults().isArmed(fault)).isFalse();
        }
    }

    @Test
    void aLostReplyToAMoveIsSettledByAskingForTheStatusNotByMovingAgain() throws Exception {
        start();
        int before = sim.stackerCount();
        sim.inject(Fault.NO_REPLY, 1);
        assertThat(driver.moveToRf().position()).isEqualTo(DispenserStatus.CardPosition.RF);
        assertThat(sim.stackerCount()).as("exactly one card left the stacker").isEqualTo(before - 1);
    }

    @Test
    void aFailedWriteSendsThatCardToTheRejectBinAndTheNextCardCarriesTheKey() throws Exception {
        start();
        sim.inject(Fault.WRITE_FAILURE, 1);
        KeyIssueResult result = driver.issueKey(payload("1204", 1, now - 60, now + 3600), SECTOR_KEY);
        assertThat(result.outcome()).isEqualTo(KeyIssueResult.Outcome.ISSUED);
        assertThat(result.cardsRejected()).isEqualTo(1);
        assertThat(sim.rejectCount()).isEqualTo(1);
        assertThat(door("1204").present(sim.takeCard())).isEqualTo(LockDecision.OPENED);
    }

    @Test
    void jamIsReportedWithItsErrorCodeAndInitialiseClearsIt() throws Exception {
        start();
        sim.inject(Fault.JAM, 1);
        assertThatThrownBy(() -> driver.issueKey(payload("1204", 1, now - 60, now + 3600), SECTOR_KEY))
                .isInstanceOfSatisfying(DeviceRejectedException.class,
                        e -> assertThat(new String(e.status(), StandardCharsets.US_ASCII)).endsWith("10"));
        driver.initialise(true);
        assertThat(issue(payload("1204", 1, now - 60, now + 3600))).isNotNull();
    }

    @Test
    void stockFaultsSettleTheHealth() throws Exception {
        start();
        sim.inject(Fault.STACKER_LOW, 1);
        assertThat(driver.status().stacker()).isEqualTo(DispenserStatus.StackerLevel.LOW);
        assertThat(driver.health().state()).isEqualTo(HealthState.DEGRADED);

        sim.inject(Fault.STACKER_EMPTY, 1);
        assertThatThrownBy(() -> driver.issueKey(payload("1204", 1, now - 60, now + 3600), SECTOR_KEY))
                .isInstanceOf(DeviceRejectedException.class).hasMessageContaining("stacker empty");
        assertThat(driver.health().state()).isEqualTo(HealthState.FAULT);

        sim.refill(40);
        sim.inject(Fault.REJECT_BIN_FULL, 1);
        assertThatThrownBy(() -> driver.issueKey(payload("1204", 1, now - 60, now + 3600), SECTOR_KEY))
                .isInstanceOf(DeviceRejectedException.class).hasMessageContaining("reject bin full");
        assertThat(driver.health().state()).isEqualTo(HealthState.FAULT);
        sim.emptyRejectBin();
        assertThat(driver.status().rejectBinFull()).isFalse();
        assertThat(driver.health().state()).isEqualTo(HealthState.READY);
    }

    @Test
    void aCardNotTakenIsCapturedAndReportedSo() throws Exception {
        start();
        sim.inject(Fault.CARD_NOT_TAKEN, 1);
        KeyIssueResult result = driver.issueKey(payload("1204", 1, now - 60, now + 3600), SECTOR_KEY);
        assertThat(result.outcome()).isEqualTo(KeyIssueResult.Outcome.NOT_TAKEN_CAPTURED);
        assertThat(sim.takenCount()).isZero();
        assertThat(sim.rejectCount()).isEqualTo(1);
    }

    @Test
    void ackEnqDialectIssuesKeysToo() throws Exception {
        start(true, Timing.fast());
        assertThat(door("1204").present(issue(payload("1204", 1, now - 60, now + 3600)))).isEqualTo(LockDecision.OPENED);
    }

    @Test
    void unplugDuringAKeyIssueGoesOfflineAndAfterReplugTheSupervisorBringsItBackReady() throws Exception {
        Timing slowMoves = new Timing(true, Duration.ZERO, Duration.ZERO, Duration.ofMillis(400), Duration.ofMillis(20),
                Duration.ZERO, Duration.ofMillis(50), Duration.ofSeconds(2));
        start(false, slowMoves);
        try (DeviceSupervisor supervisor = new DeviceSupervisor(driver,
                new SupervisorConfig(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(200))).start()) {
            CompletableFuture<KeyIssueResult> issuing = CompletableFuture.supplyAsync(() -> {
                try {
                    return driver.issueKey(payload("1204", 1, now - 60, now + 3600), SECTOR_KEY);
                } catch (DeviceException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            sim.inject(Fault.UNPLUG, 1);
            assertThatThrownBy(() -> issuing.get(5, TimeUnit.SECONDS)).cause().cause().isInstanceOf(DeviceConnectionException.class);
            assertThat(driver.health().state()).isEqualTo(HealthState.OFFLINE);
            sim.replug();
            await().atMost(Duration.ofSeconds(5)).until(() -> driver.health().state() == HealthState.READY);
            assertThat(door("1204").present(issue(payload("1204", 1, now - 60, now + 3600)))).isEqualTo(LockDecision.OPENED);
        }
    }
}
