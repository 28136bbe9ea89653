package org.opencheckin.simulators.drivers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.devices.idcard.IdCardRead;
import org.opencheckin.devices.idcard.IdCardReader;
import org.opencheckin.devices.idcard.IdCardReaderConfig;
import org.opencheckin.devices.idcard.document.ForeignPermanentResidentCard;
import org.opencheckin.devices.idcard.document.ResidencePermit;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.idcard.document.Sex;
import org.opencheckin.devices.idcard.portrait.ImageIoPortraitDecoder;
import org.opencheckin.devices.idcard.portrait.PortraitFormat;
import org.opencheckin.devices.transport.SerialSettings;
import org.opencheckin.devices.transport.SerialTransport;
import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.Faults;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.guest.CardPhotos;
import org.opencheckin.simulators.guest.GuestRoster;
import org.opencheckin.simulators.idcard.SamIdCardReaderSimulator;
import org.opencheckin.simulators.link.PtyLink;
import org.opencheckin.simulators.testing.SharedFaces;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The real ID-card driver against the simulator, over a real pty opened by jSerialComm. */
class IdCardReaderDriverTest {

    private static final IdCardReaderConfig CONFIG = new IdCardReaderConfig(Duration.ofMillis(250), Duration.ofSeconds(3),
            Duration.ofMillis(300), 2, false);

    @TempDir
    Path dir;

    private final GuestRoster roster = GuestRoster.bundled();
    private SamIdCardReaderSimulator sim;
    private IdCardReader driver;

    @BeforeEach
    void start() throws Exception {
        start(CardPhotos.none(), CONFIG);
    }

    private void start(CardPhotos photos, IdCardReaderConfig config) throws Exception {
        if (driver != null) {
            driver.close();
            sim.close();
        }
        sim = new SamIdCardReaderSimulator(new PtyLink(dir.resolve("idcard-" + System.nanoTime())), 115200, Timing.fast(), photos, 5);
        sim.start();
        driver = new IdCardReader(new SerialTransport(SerialSettings.of(sim.address(), 115200)), config, new ImageIoPortraitDecoder());
        driver.connect();
    }

    @AfterEach
    void stop() throws Exception {
        driver.close();
        sim.close();
    }

    @Test
    void samCommands() throws Exception {
        assertThat(driver.health().state()).isEqualTo(HealthState.READY);
        assertThat(driver.samStatus().name()).isEqualTo("SUCCESS");
        driver.resetSam();
        assertThat(driver.samId()).isEqualTo(SamIdCardReaderSimulator.SAM_ID);
    }

    @Test
    void residentCardIsReadDecodedAndMustBeLiftedBeforeTheNextRead() throws Exception {
        assertThat(driver.readDocument(Duration.ofMillis(400))).as("no card").isEmpty();
        sim.place(roster.get("zhang-wei"));
        IdCardRead read = driver.readDocument(Duration.ofSeconds(2)).orElseThrow();
        ResidentIdCard card = (ResidentIdCard) read.document();
        assertThat(card.idNumber()).isEqualTo("110101198503120017");
        assertThat(card.name()).isEqualTo("张伟");
        assertThat(card.sex()).isEqualTo(Sex.MALE);
        assertThat(card.nationCode()).isEqualTo("01");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(card.validity().to()).isEqualTo(LocalDate.of(2039, 6, 1));
        assertThat(read.portrait().encoded()).hasSize(1024);

        assertThat(driver.readDocument(Duration.ofMillis(400))).as("read once: lift before the next find").isEmpty();
        CompletableFuture<Boolean> removal = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.awaitRemoval(Duration.ofSeconds(2));
            } catch (DeviceException e) {
                throw new IllegalStateException(e);
            }
        });
        sim.lift();
        assertThat(removal.get(3, TimeUnit.SECONDS)).isTrue();
        sim.place(roster.get("zhang-wei"));
        assertThat(driver.awaitCard(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void longTermForeignerAndHmtCardsDecode() throws Exception {
        sim.place(roster.get("wang-fang"));
        assertThat(driver.readDocument(Duration.ofSeconds(1)).orElseThrow().document().validity().isLongTerm()).isTrue();
        sim.lift();
        sim.place(roster.get("john-smith"));
        ForeignPermanentResidentCard pr = (ForeignPermanentResidentCard) driver.readDocument(Duration.ofSeconds(1)).orElseThrow().document();
        assertThat(pr.cardNumber()).isEqualTo("USA310078051923");
        assertThat(pr.nationality()).isEqualTo("USA");
        assertThat(pr.birthDate()).isEqualTo(LocalDate.of(1978, 5, 19));
        sim.lift();
        sim.place(roster.get("chan-ka-ming"));
        ResidencePermit permit = (ResidencePermit) driver.readDocument(Duration.ofSeconds(1)).orElseThrow().document();
        assertThat(permit.idNumber()).isEqualTo("810000198806050013");
        assertThat(permit.passNumber()).isEqualTo("H60123456");
        assertThat(permit.issueCount()).isEqualTo(2);
    }

    @Test
    void fingerprintVariantAndNewAddress() throws Exception {
        start(CardPhotos.none(), new IdCardReaderConfig(Duration.ofMillis(250), Duration.ofSeconds(3), Duration.ofMillis(300), 2, true));
        sim.place(roster.get("li-na"));
        IdCardRead read = driver.readDocument(Duration.ofSeconds(1)).orElseThrow();
        assertThat(read.fingerprint()).hasSize(1024);
        assertThat(driver.readNewAddress()).contains("上海市徐汇区天钥桥路100号");
        sim.lift();
        sim.place(roster.get("wang-fang"));
        assertThat(driver.readDocument(Duration.ofSeconds(1)).orElseThrow().fingerprint()).hasSize(512);
        sim.lift();
        sim.place(roster.get("zhang-wei"));
        assertThat(driver.readDocument(Duration.ofSeconds(1)).orElseThrow().fingerprint()).isEmpty();
        assertThat(driver.readNewAddress()).isEmpty();
    }

    @Test
    void theSimulatedPortraitReachesTheDriverAsAJpegOf102x126() throws Exception {
        start(new CardPhotos(SharedFaces.require()), CONFIG);
        sim.place(roster.get("zhang-wei"));
        IdCardRead read = driver.readDocument(Duration.ofSeconds(1)).orElseThrow();
        assertThat(read.portrait().format()).isEqualTo(PortraitFormat.JPEG);
        assertThat(read.portrait().image().getWidth()).isEqualTo(102);
        assertThat(read.portrait().image().getHeight()).isEqualTo(126);
    }

    @Test
    void lineFaultsAreRetriedAndTheOperationSucceeds() throws Exception {
        for (Fault fault : new Fault[]{Fault.BIT_FLIP, Fault.DROP_BYTE, Fault.INSERT_BYTE, Fault.GARBAGE_BEFORE_FRAME, Fault.NO_REPLY, Fault.NAK}) {
            sim.inject(fault, 1);
            assertThat(driver.samStatus().name()).as(fault.name()).isEqualTo("SUCCESS");
            assertThat(sim.faults().isArmed(fault)).as(fault + " was used").isFalse();
        }
        sim.place(roster.get("li-na"));
        sim.inject(Fault.BIT_FLIP, 1);
        ResidentIdCard card = (ResidentIdCard) driver.readDocument(Duration.ofSeconds(2)).orElseThrow().document();
        assertThat(card.idNumber()).isEqualTo("310104199007250024");
    }

    @Test
    void aSilentReaderTimesOutAndGoesOfflineUntilReconnected() throws Exception {
        sim.inject(Fault.NO_REPLY, Faults.FOREVER);
        assertThatThrownBy(driver::samStatus).isInstanceOf(DeviceTimeoutException.class);
        assertThat(driver.health().state()).isEqualTo(HealthState.OFFLINE);
        sim.clearFaults();
        driver.reconnect();
        assertThat(driver.health().state()).isEqualTo(HealthState.READY);
    }

    @Test
    void samFailureIsReportedWithItsStatusAndSetsFault() throws Exception {
        sim.inject(Fault.SAM_FAILURE, Faults.FOREVER);
        assertThatThrownBy(driver::samStatus).isInstanceOfSatisfying(DeviceRejectedException.class,
                e -> assertThat(e.status()[e.status().length - 1]).isEqualTo((byte) 0x60));
        assertThat(driver.health().state()).isEqualTo(HealthState.FAULT);
        sim.clearFaults();
        driver.samStatus();
        assertThat(driver.health().state()).isEqualTo(HealthState.READY);
    }

    @Test
    void cardRemovedMidReadIsReadFailed() throws Exception {
        sim.place(roster.get("zhang-wei"));
        sim.inject(Fault.CARD_REMOVED_MID_READ, 1);
        assertThatThrownBy(() -> driver.readDocument(Duration.ofSeconds(1))).isInstanceOfSatisfying(DeviceRejectedException.class,
                e -> assertThat(e.status()[e.status().length - 1]).isEqualTo((byte) 0x41));
        assertThat(sim.card()).isNull();
    }

    @Test
    void unplugMidOperationGoesOfflineAndTheSupervisorBringsItBackReady() throws Exception {
        try (DeviceSupervisor supervisor = new DeviceSupervisor(driver,
                new SupervisorConfig(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(200))).start()) {
            CompletableFuture<Optional<IdCardRead>> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return driver.readDocument(Duration.ofSeconds(5));
                } catch (DeviceException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(400);
            sim.inject(Fault.UNPLUG, 1);
            assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().cause().isInstanceOf(DeviceConnectionException.class);
            assertThat(driver.health().state()).isEqualTo(HealthState.OFFLINE);
            Thread.sleep(500);
            assertThat(driver.health().state()).as("still unplugged").isEqualTo(HealthState.OFFLINE);

            sim.replug();
            await().atMost(Duration.ofSeconds(5)).until(() -> driver.health().state() == HealthState.READY);
            sim.place(roster.get("zhang-wei"));
            assertThat(driver.readDocument(Duration.ofSeconds(1))).isPresent();
        }
    }
}
