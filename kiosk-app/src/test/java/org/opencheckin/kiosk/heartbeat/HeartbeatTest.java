package org.opencheckin.kiosk.heartbeat;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.backend.KioskBackend.KioskStatus;
import org.opencheckin.kiosk.device.DeviceFaultException.Fault;
import org.opencheckin.kiosk.device.DeviceStatusBoard;
import org.opencheckin.kiosk.device.fake.FakeDocumentSource;
import org.opencheckin.kiosk.device.fake.FakeKeyCardIssuer;
import org.opencheckin.kiosk.fakes.FakeBackend;
import org.opencheckin.kiosk.fakes.FakeFaceCheck;
import org.opencheckin.kiosk.fakes.MutableClock;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowSettings;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatTest {

    MutableClock clock = new MutableClock();
    FakeBackend backend = new FakeBackend();
    FakeDocumentSource reader = new FakeDocumentSource();
    FakeKeyCardIssuer dispenser = new FakeKeyCardIssuer();
    FakeFaceCheck face = new FakeFaceCheck();
    DeviceStatusBoard board = new DeviceStatusBoard(clock);
    CheckinFlow flow;
    Heartbeat heartbeat;

    @BeforeEach
    void setUp() {
        flow = new CheckinFlow(backend, reader, dispenser, face, Optional::empty, board, new FlowSettings(), clock,
                List.of());
        heartbeat = new Heartbeat(backend, flow, board, face);
    }

    @Test
    void reportsDeviceStatesCardStockAndTheLastErrorsAfterAnIdleDeviceCheck() {
        board.refillCards(120);
        dispenser.stock(5);
        reader.unplug(true);
        flow.tick();
        heartbeat.beat();
        KioskStatus status = backend.heartbeats.get(0);
        assertThat(status.flowState()).isEqualTo("ATTRACT");
        assertThat(status.cardStock()).isEqualTo(120);
        assertThat(status.stackerLevel()).isEqualTo("LOW");
        assertThat(status.devices().get("document-reader").status()).isEqualTo("FAULT");
        assertThat(status.devices().get("key-dispenser").status()).isEqualTo("DEGRADED");
        assertThat(status.devices().get("face-verification").status()).isEqualTo("OK");
        assertThat(status.lastErrors()).singleElement().asString().contains("document-reader", "unplugged");

        reader.unplug(false);
        clock.advance(Duration.ofSeconds(30));
        flow.tick();
        heartbeat.beat();
        assertThat(backend.heartbeats.get(1).devices().get("document-reader").status()).isEqualTo("OK");
    }

    @Test
    void staffCallAndOutOfServiceAreReported() {
        flow.callStaff();
        heartbeat.beat();
        assertThat(backend.heartbeats.get(0).staffCalled()).isTrue();
        flow.cancelStaffCall();
        flow.outOfService(true);
        heartbeat.beat();
        assertThat(backend.heartbeats.get(1).outOfService()).isTrue();
        assertThat(backend.heartbeats.get(1).staffCalled()).isFalse();
    }

    @Test
    void bodyStaysSmallWithManyLongErrorsAndNoModels() throws Exception {
        face.available = false;
        for (int i = 0; i < 50; i++) {
            board.fault("key-dispenser", "x".repeat(1000));
            dispenser.failNext(Fault.JAM);
        }
        heartbeat.beat();
        KioskStatus status = backend.heartbeats.get(0);
        assertThat(status.lastErrors()).hasSize(Heartbeat.ERRORS);
        assertThat(status.faceVerification()).isEqualTo("staff");
        String json = JsonMapper.createDefault().writeValueAsString(status);
        assertThat(json.length()).isLessThan(4000);
    }

    @Test
    void anUnreachableBackendDoesNotStopTheHeartbeat() {
        backend.unreachable = true;
        heartbeat.beat();
        heartbeat.beat();
        backend.unreachable = false;
        heartbeat.beat();
        assertThat(backend.heartbeats).hasSize(1);
    }
}
