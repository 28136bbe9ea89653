package org.opencheckin.devices.idcard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.devices.idcard.codec.SamStatus;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.idcard.portrait.ImageIoPortraitDecoder;
import org.opencheckin.devices.idcard.portrait.PortraitFormat;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.ScriptedDevice;
import org.opencheckin.devices.transport.InMemoryTransport;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The ID reader driver as scripted conversations: call, expected bytes out, injected reply, result. */
class IdCardReaderConversationTest {
    static final byte[] SAM_STATUS = frame("sam-status");
    static final byte[] SAM_OK = frame("sam-status-ok");
    static final byte[] FIND = frame("find-card");
    static final byte[] FOUND = frame("find-card-found");
    static final byte[] NONE = frame("find-card-none");
    static final byte[] SELECT = frame("select-card");
    static final byte[] SELECTED = frame("select-card-ok");
    static final byte[] READ = frame("read-text");
    static final byte[] READ_OK = frame("read-text-ok");
    static final byte[] READ_FAILED = frame("read-text-failed");
    static final byte[] CHECKSUM_ERROR = frame("checksum-error");

    static final IdCardReaderConfig CONFIG = new IdCardReaderConfig(Duration.ofMillis(150), Duration.ofMillis(300),
            Duration.ofMillis(300), 2, false);

    InMemoryTransport.Cable cable;
    ScriptedDevice device;
    IdCardReader reader;

    @BeforeEach
    void connect() throws Exception {
        cable = InMemoryTransport.cable("idcard");
        ScriptedDevice handshake = new ScriptedDevice(cable).expect(SAM_STATUS).reply(SAM_OK).start();
        reader = new IdCardReader(cable.host(), CONFIG, new ImageIoPortraitDecoder());
        reader.connect();
        handshake.assertCompleted();
        assertThat(reader.health().state()).isEqualTo(HealthState.READY);
        device = new ScriptedDevice(cable);
    }

    @AfterEach
    void close() {
        device.close();
        reader.close();
    }

    @Test
    void readsAResidentCardFindSelectRead() throws Exception {
        device.expect(FIND).reply(FOUND).expect(SELECT).reply(SELECTED).expect(READ).reply(READ_OK).start();

        Optional<IdCardRead> read = reader.readDocument(Duration.ofSeconds(2));

        device.assertCompleted();
        ResidentIdCard card = (ResidentIdCard) read.orElseThrow().document();
        assertThat(card.idNumber()).isEqualTo("11010519491231002X");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(card.validity().isLongTerm()).isTrue();
        assertThat(read.get().portrait().format()).isEqualTo(PortraitFormat.WLT);
        assertThat(read.get().portrait().encoded()).hasSize(1024);
        assertThat(reader.health().state()).isEqualTo(HealthState.READY);
        device.assertNothingMoreReceived(100);
    }

    @Test
    void aDamagedReplyIsRetriedAndTheGoodOneUsed() throws Exception {
        byte[] damaged = FOUND.clone();
        damaged[damaged.length - 1] ^= 0x01;
        device.expect(FIND).reply(damaged)
                .expect(FIND).reply(CHECKSUM_ERROR) // the reader says our frame arrived damaged
                .expect(FIND).reply(FOUND)
                .expect(SELECT).reply(SELECTED).expect(READ).reply(READ_OK).start();

        assertThat(reader.readDocument(Duration.ofSeconds(2))).isPresent();
        device.assertCompleted();
    }

    @Test
    void leadingGarbageBeforeAReplyIsSkipped() throws Exception {
        byte[] noisy = new byte[FOUND.length + 4];
        noisy[0] = 0x00;
        noisy[1] = (byte) 0xAA;
        noisy[2] = 0x13;
        noisy[3] = (byte) 0xAA;
        System.arraycopy(FOUND, 0, noisy, 4, FOUND.length);
        device.expect(FIND).reply(noisy).start();

        assertThat(reader.awaitCard(Duration.ZERO)).isTrue();
        device.assertCompleted();
    }

    @Test
    void aLateReplyToAnEarlierRequestIsNotTakenForTheNextOne() throws Exception {
        device.reply(READ_FAILED).pause(100).expect(FIND).reply(FOUND).start();
        Thread.sleep(50);

        assertThat(reader.awaitCard(Duration.ZERO)).isTrue();
        device.assertCompleted();
    }

    @Test
    void noReplyAtAllIsATimeoutAfterTheRetriesAndTheReaderGoesOffline() throws Exception {
        device.expect(SAM_STATUS).expect(SAM_STATUS).expect(SAM_STATUS).start();

        assertThatThrownBy(() -> reader.samStatus()).isInstanceOf(DeviceTimeoutException.class)
                .hasMessageContaining("ID reader: SAM_STATUS failed").hasMessageContaining("3 attempts");
        device.assertCompleted();
        assertThat(reader.health().state()).isEqualTo(HealthState.OFFLINE);
    }

    @Test
    void aCardLiftedMidReadIsReportedWithItsStatusBytes() throws Exception {
        device.expect(FIND).reply(FOUND).expect(SELECT).reply(SELECTED)
                .expect(READ).reply(Arrays.copyOf(READ_OK, 600)) // the card leaves the field mid-transfer
                .expect(READ).reply(READ_FAILED).start();

        assertThatThrownBy(() -> reader.readDocument(Duration.ofSeconds(2)))
                .isInstanceOf(DeviceRejectedException.class)
                .hasMessageContaining("READ_TEXT_PHOTO").hasMessageContaining("00 00 41")
                .hasMessageContaining("re-place the card")
                .satisfies(e -> assertThat(((DeviceRejectedException) e).status()).containsExactly(0, 0, 0x41));
        device.assertCompleted();
        assertThat(reader.health().state()).as("a guest problem, not a device fault").isEqualTo(HealthState.READY);
    }

    @Test
    void noCardPlacedIsAnEmptyResultAndFindIsPolledNoFasterThan300Ms() throws Exception {
        device.expect(FIND).reply(NONE).expect(FIND).reply(NONE).start();

        // 590 ms holds exactly two polls whatever the machine's load: the second starts no earlier
        // than 300 ms in, and then less than one interval is left, so there is never a third.
        assertThat(reader.readDocument(Duration.ofMillis(590))).isEmpty();
        device.assertCompleted();
        var at = device.arrivals();
        for (int i = 1; i < at.size(); i++) {
            assertThat((at.get(i) - at.get(i - 1)) / 1_000_000).as("ms between find-card polls").isGreaterThanOrEqualTo(295);
        }
    }

    @Test
    void aSelectFailureIsNotRetried() throws Exception {
        device.expect(FIND).reply(FOUND).expect(SELECT).reply(frame("select-card-failed")).start();

        assertThatThrownBy(() -> reader.readDocument(Duration.ofSeconds(1))).isInstanceOf(DeviceRejectedException.class)
                .hasMessageContaining("SELECT_CARD").hasMessageContaining("00 00 81");
        device.assertCompleted();
        device.assertNothingMoreReceived(200);
    }

    @Test
    void aSamSelfCheckFailureMakesTheReaderFault() throws Exception {
        byte[] selfCheckFailed = org.opencheckin.devices.idcard.codec.SamCodec.encode(
                new org.opencheckin.devices.idcard.codec.SamResponse(0, 0, SamStatus.SAM_SELF_CHECK_FAILED.code(), new byte[0]));
        device.expect(SAM_STATUS).reply(selfCheckFailed).start();

        assertThatThrownBy(() -> reader.samStatus()).isInstanceOf(DeviceRejectedException.class)
                .hasMessageContaining("SAM self-check failed");
        device.assertCompleted();
        assertThat(reader.health().state()).isEqualTo(HealthState.FAULT);
    }

    @Test
    void unpluggedReaderGoesOfflineAndTheSupervisorReconnectsIt() throws Exception {
        device.expect(FIND).unplug().plug(300).expect(SAM_STATUS).reply(SAM_OK).expect(FIND).reply(NONE).start();

        assertThatThrownBy(() -> reader.awaitCard(Duration.ZERO)).isInstanceOf(DeviceConnectionException.class)
                .hasMessageContaining("memory:idcard/host");
        assertThat(reader.health().state()).isEqualTo(HealthState.OFFLINE);

        try (DeviceSupervisor supervisor = new DeviceSupervisor(reader,
                new SupervisorConfig(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(80))).start()) {
            await().atMost(Duration.ofSeconds(5)).until(() -> reader.health().state() == HealthState.READY);
            assertThat(supervisor.reconnectAttempts()).as("failed attempts while unplugged, then one success").isGreaterThan(1);
        }
        assertThat(reader.awaitCard(Duration.ZERO)).isFalse();
        device.assertCompleted();
    }

    static byte[] frame(String name) {
        return Fixture.named("idcard", name).bytes();
    }
}
