package org.opencheckin.devices.mrz;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.devices.mrz.codec.CheckDigit;
import org.opencheckin.devices.mrz.codec.MrzParser;
import org.opencheckin.devices.mrz.codec.OcrFrame;
import org.opencheckin.devices.mrz.codec.OcrFrameCodec;
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
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The MRZ reader driver fed bare lines, 3M frames, damaged and partial scans, noise and a pulled cable. */
class MrzReaderConversationTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    InMemoryTransport.Cable cable;
    ScriptedDevice device;
    MrzReader reader;

    @BeforeEach
    void connect() throws Exception {
        cable = InMemoryTransport.cable("mrz");
        reader = new MrzReader(cable.host(), new MrzReaderConfig(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(50)), CLOCK);
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

    // ---- damaged scans: the next good scan is read exactly, bytes of two scans are never mixed ----

    /** The Doc 9303 part 4 specimen (ERIKSSON) is the damaged scan; a made-up second guest is the good one. */
    static final List<String> DAMAGED_SOURCE = List.of(MrzParserTest.TD3_1, MrzParserTest.TD3_2);
    static final List<String> GOOD = td3("HARRIS<<JAMES", "GBR", "X12345678", "850304", "M", "310915");

    /** A TD3 with every check digit computed (Doc 9303 part 4, 4.2.2). */
    static List<String> td3(String names, String nationality, String number, String birth, String sex, String expiry) {
        try {
            String line1 = pad("P<" + nationality + names, 44);
            String personal = "<".repeat(14);
            String body = number + CheckDigit.of(number) + nationality + birth + CheckDigit.of(birth) + sex + expiry
                    + CheckDigit.of(expiry) + personal + "<";
            String composite = body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43);
            return List.of(line1, body + CheckDigit.of(composite));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pad(String s, int length) {
        return s + "<".repeat(length - s.length());
    }

    static byte[] framed(List<String> td3) {
        return OcrFrameCodec.encode(new OcrFrame('0', List.of(td3.get(0), "", td3.get(1))));
    }

    static byte[] bare(List<String> lines) {
        return (String.join("\r", lines) + "\r").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] dropByte(byte[] b, int at) {
        byte[] out = new byte[b.length - 1];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + 1, out, at, b.length - at - 1);
        return out;
    }

    static byte[] insertByte(byte[] b, int at, int value) {
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, at);
        out[at] = (byte) value;
        System.arraycopy(b, at, out, at + 1, b.length - at);
        return out;
    }

    static byte[] flipBit(byte[] b, int at, int bit) {
        byte[] out = b.clone();
        out[at] ^= (byte) (1 << bit);
        return out;
    }

    /**
     * Reads as a kiosk does, asking the guest to scan again after each refusal, and returns the first
     * document. At most {@code refusals} refusals are accepted (one per damaged complete frame).
     */
    MrzDocument readAsKiosk(int refusals) throws Exception {
        for (int refused = 0; ; refused++) {
            try {
                return reader.readDocument(Duration.ofSeconds(3)).orElseThrow();
            } catch (DeviceRejectedException e) {
                assertThat(e).hasMessageContaining("scan the document again").hasMessageNotContaining("ERIKSSON")
                        .hasMessageNotContaining("HARRIS");
                if (refused == refusals) {
                    throw e;
                }
            }
        }
    }

    static void assertIsTheGoodDocument(MrzDocument d) throws Exception {
        assertThat(d).isEqualTo(MrzParser.parse(GOOD, CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate()));
        assertThat(d.surname()).isEqualTo("HARRIS");
        assertThat(d.givenNames()).isEqualTo("JAMES");
        assertThat(d.documentNumber()).isEqualTo("X12345678");
    }

    @Test
    void aFrameThatLostAByteIsDiscardedAtTheInterByteTimeoutAndTheNextScanIsReadExactly() throws Exception {
        byte[] damaged = dropByte(framed(DAMAGED_SOURCE), 60);
        device.reply(damaged).pause(300).reply(framed(GOOD)).start();

        assertIsTheGoodDocument(reader.readDocument(Duration.ofSeconds(3)).orElseThrow());
        device.assertCompleted();
        assertThat(reader.health().state()).isEqualTo(HealthState.READY);
    }

    @Test
    void aFrameFailingItsBccIsRefusedWholeAndTheNextScanIsReadExactly() throws Exception {
        device.reply(flipBit(framed(DAMAGED_SOURCE), 20, 2)).pause(300).reply(framed(GOOD)).start();

        assertThatThrownBy(() -> reader.readDocument(Duration.ofSeconds(3))).isInstanceOf(DeviceRejectedException.class)
                .hasMessageContaining("BCC").hasMessageNotContaining("ERIKSSON");
        assertIsTheGoodDocument(reader.readDocument(Duration.ofSeconds(3)).orElseThrow());
    }

    @Test
    void aGoodFrameRightBehindOneThatLostAByteIsStillFound() throws Exception {
        device.reply(dropByte(framed(DAMAGED_SOURCE), 100)).reply(framed(GOOD)).start();

        assertIsTheGoodDocument(readAsKiosk(1));
    }

    @Test
    void severalDamagedFramesInARowThenAGoodOneGiveExactlyTheGoodDocument() throws Exception {
        byte[] source = framed(DAMAGED_SOURCE);
        byte[][] damaged = {
                dropByte(source, 1),                 // LEN lost
                dropByte(source, 5),                 // flag lost
                dropByte(source, source.length - 2), // ETX lost
                insertByte(source, 10, 'R'),         // an extra name character
                insertByte(source, 3, 0x01),         // a stray SOH inside the header
                flipBit(source, 8, 0),               // a name character changed
                dropByte(source, 50),
                Arrays.copyOf(source, 40),           // cut short
        };
        for (byte[] d : damaged) {
            device.reply(d).pause(30);               // shorter than the inter-byte timeout: one long burst of damage
        }
        device.pause(300).reply(framed(GOOD)).start();

        assertIsTheGoodDocument(readAsKiosk(damaged.length));
        device.assertCompleted();
        assertThat(reader.readDocument(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void aPartialBareLineFollowedBySilenceIsDiscardedAndTheFullDocumentIsReadExactly() throws Exception {
        device.reply("P<GBRR".getBytes(StandardCharsets.US_ASCII)).pause(300).reply(bare(GOOD)).start();

        assertIsTheGoodDocument(reader.readDocument(Duration.ofSeconds(3)).orElseThrow());
    }

    @Test
    void damagedBareDocumentsInARowThenAGoodOneGiveExactlyTheGoodDocument() throws Exception {
        byte[] source = bare(DAMAGED_SOURCE);
        device.reply(dropByte(source, 44)).pause(300)            // CR lost: one 88-character line
                .reply(dropByte(source, 70)).pause(300)          // line 2 one character short
                .reply(Arrays.copyOf(source, 45)).pause(300)     // line 1 only, line 2 never comes
                .reply(insertByte(source, 20, '_')).pause(300)   // a byte outside the MRZ alphabet
                .reply(bare(GOOD)).start();

        assertIsTheGoodDocument(reader.readDocument(Duration.ofSeconds(5)).orElseThrow());
        device.assertCompleted();
    }

    @Test
    void aLoneBareLineIsNotCompletedByTheNextScansFirstLine() throws Exception {
        device.reply(bare(List.of(DAMAGED_SOURCE.get(0)))).pause(300).reply(bare(GOOD)).start();

        assertIsTheGoodDocument(reader.readDocument(Duration.ofSeconds(3)).orElseThrow());
    }

    @Test
    void aStalePartialFrameLeftByAnEarlierReadIsNeverGluedOntoTheNextScan() throws Exception {
        byte[] damaged = framed(DAMAGED_SOURCE);
        device.reply(Arrays.copyOf(damaged, 70)).start();
        assertThat(reader.readDocument(Duration.ofMillis(50))).isEmpty();
        device.assertCompleted();
        Thread.sleep(200);
        // the rest of the stale frame and the next scan wait in the port until the kiosk reads again
        cable.device().write(Arrays.copyOfRange(damaged, 70, damaged.length));
        cable.device().write(framed(GOOD));

        assertIsTheGoodDocument(readAsKiosk(1));
    }
}
