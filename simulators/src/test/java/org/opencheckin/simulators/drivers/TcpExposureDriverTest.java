package org.opencheckin.simulators.drivers;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.devices.idcard.IdCardReader;
import org.opencheckin.devices.idcard.IdCardReaderConfig;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.idcard.portrait.WltPassThroughDecoder;
import org.opencheckin.devices.transport.TcpTransport;
import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.guest.CardPhotos;
import org.opencheckin.simulators.guest.GuestRoster;
import org.opencheckin.simulators.idcard.SamIdCardReaderSimulator;
import org.opencheckin.simulators.link.TcpLink;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A reader behind a serial-to-Ethernet converter: the simulator on TCP, the driver's TCP transport. */
class TcpExposureDriverTest {

    @Test
    void theIdReaderWorksOverTcpAndComesBackAfterTheConverterDropsOut() throws Exception {
        TcpLink link = new TcpLink(0);
        try (SamIdCardReaderSimulator sim = new SamIdCardReaderSimulator(link, 115200, Timing.fast(), CardPhotos.none(), 9);
             IdCardReader driver = new IdCardReader(new TcpTransport("127.0.0.1", link.port(), 1000),
                     new IdCardReaderConfig(Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofMillis(300), 2, false),
                     new WltPassThroughDecoder());
             DeviceSupervisor supervisor = new DeviceSupervisor(driver,
                     new SupervisorConfig(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(200)))) {
            sim.start();
            driver.connect();
            sim.place(GuestRoster.bundled().get("zhou-min"));
            ResidentIdCard card = (ResidentIdCard) driver.readDocument(Duration.ofSeconds(1)).orElseThrow().document();
            assertThat(card.idNumber()).isEqualTo("320106199511030025");

            supervisor.start();
            sim.inject(Fault.UNPLUG, 1);
            assertThatThrownBy(driver::samStatus).isInstanceOf(DeviceException.class);
            await().atMost(Duration.ofSeconds(3)).until(() -> driver.health().state() == HealthState.OFFLINE);
            sim.replug();
            await().atMost(Duration.ofSeconds(5)).until(() -> driver.health().state() == HealthState.READY);
            assertThat(driver.samStatus().name()).isEqualTo("SUCCESS");
        }
    }
}
