package org.opencheckin.devices.mrz;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.mrz.document.MrzFormat;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.ScriptedDevice;
import org.opencheckin.devices.transport.InMemoryTransport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The MRZ reader driver fed bare lines, 3M frames, noise and a pulled cable. */
class MrzReaderConversationTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    InMemoryTransport.Cable cable;
    ScriptedDevice device;
    MrzReader reader;

    @BeforeEach
    void connect() throws Exception {
        cable = InMemoryTransport.cable("mrz");
        reader = new MrzReader(cable.host(), new MrzReaderConfig(Duration.ofMillis(300), Duration.ofMillis(50)), CLOCK);
        reader.connect();
        device = new ScriptedDevice(cable);
    }

    @AfterEach
    void close() {
        device.close();
        reader.close();
    }

    @Test
    void bareLinesOfTheTd3SpecimenBecomeADocument() throws Exception {
        device.reply(Fixture.named("mrz", "td3-specimen-bare").bytes()).start();

        MrzDocument d = reader.readDocument(Duration.ofSeconds(2)).orElseThrow();
        assertThat(d.format()).isEqualTo(MrzFormat.TD3);
        assertThat(d.documentNumber()).isEqualTo("L898902C3");
        assertThat(d.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(reader.health().state()).isEqualTo(HealthState.READY);
    }

    @Test
    void aFramedTd1ArrivingInPiecesWithNoiseBeforeItBecomesADocument() throws Exception {
        byte[] framed = Fixture.named("mrz", "td1-specimen-framed-3m").bytes();
        byte[] head = java.util.Arrays.copyOf(framed, 40);
        byte[] tail = java.util.Arrays.copyOfRange(framed, 40, framed.length);
        device.reply(new byte[] {0x00, 0x7F, 0x0A}).reply(head).pause(30).reply(tail).start();

        MrzDocument d = reader.readDocument(Duration.ofSeconds(2)).orElseThrow();
        assertThat(d.format()).isEqualTo(MrzFormat.TD1);
        assertThat(d.documentNumber()).isEqualTo("D23145890");
    }

    @Test
    void aDocumentWhoseCheckDigitFailsIsRejectedWithoutItsContentInTheMessage() throws Exception {
        String bad = MrzParserTest.TD3_1 + "\r" + MrzParserTest.TD3_2.substring(0, 9) + "0"
                + MrzParserTest.TD3_2.substring(10) + "\r";
        device.reply(bad.getBytes(StandardCharsets.US_ASCII)).start();

        assertThatThrownBy(() -> reader.readDocument(Duration.ofSeconds(2))).isInstanceOf(DeviceRejectedException.class)
                .hasMessageContaining("check digit of document number").hasMessageContaining("scan the document again")
                .hasMessageNotContaining("L898902C3").hasMessageNotContaining("ERIKSSON");
    }

    @Test
    void aLoneLineIsDroppedWhenTheRestNeverComes() throws Exception {
        device.reply((MrzParserTest.TD3_1 + "\r").getBytes(StandardCharsets.US_ASCII)).start();

        assertThat(reader.readDocument(Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void nothingPresentedIsAnEmptyResult() throws Exception {
        assertThat(reader.readDocument(Duration.ofMillis(100))).isEmpty();
    }

    @Test
    void unpluggedReaderGoesOfflineAndTheSupervisorReconnectsIt() throws Exception {
        device.pause(50).unplug().plug(200).start();

        assertThatThrownBy(() -> reader.readDocument(Duration.ofSeconds(2))).isInstanceOf(DeviceConnectionException.class);
        assertThat(reader.health().state()).isEqualTo(HealthState.OFFLINE);
        try (DeviceSupervisor ignored = new DeviceSupervisor(reader,
                new SupervisorConfig(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(80))).start()) {
            await().atMost(Duration.ofSeconds(5)).until(() -> reader.health().state() == HealthState.READY);
        }
        device.assertCompleted();
        cable.device().write(Fixture.named("mrz", "td2-specimen-bare").bytes());
        assertThat(reader.readDocument(Duration.ofSeconds(2)).orElseThrow().format()).isEqualTo(MrzFormat.TD2);
    }
}
