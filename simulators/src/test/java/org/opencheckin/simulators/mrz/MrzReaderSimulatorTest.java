package org.opencheckin.simulators.mrz;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.guest.Guest;
import org.opencheckin.simulators.guest.GuestRoster;
import org.opencheckin.simulators.link.PtyLink;
import org.opencheckin.simulators.testing.Fixtures;
import org.opencheckin.simulators.testing.SerialHost;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MrzReaderSimulatorTest {

    @TempDir
    Path dir;

    private MrzReaderSimulator reader;
    private SerialHost host;

    @AfterEach
    void stop() throws Exception {
        if (host != null) {
            host.close();
        }
        if (reader != null) {
            reader.close();
        }
    }

    private void start(MrzReaderSimulator.Mode mode, boolean crLf) throws Exception {
        reader = new MrzReaderSimulator(new PtyLink(dir.resolve("mrz")), 9600, Timing.fast(), mode, crLf, 1);
        reader.start();
        host = new SerialHost(reader.address(), 9600);
    }

    @Test
    void td3LinesOfTheDoc9303SpecimenAreRebuiltExactly() {
        List<String> specimen = Fixtures.lines("mrz/td3-utopia-specimen.txt");
        Guest anna = new Guest("specimen", org.opencheckin.simulators.guest.DocumentType.PASSPORT, null, null,
                "ERIKSSON", "ANNA MARIA", null, "F", LocalDate.of(1974, 8, 12), "UTO", "L898902C3", null,
                LocalDate.of(2012, 4, 15), null, null, null, null, null, null, null, null, null, null, null);
        List<String> built = Td3Mrz.lines(anna);
        assertThat(built.get(0)).isEqualTo(specimen.get(0));
        // The specimen carries personal number ZE184226B; the roster's guests carry none, so compare the rest.
        assertThat(built.get(1).substring(0, 28)).isEqualTo(specimen.get(1).substring(0, 28));
        assertThat(Td3Mrz.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
        assertThat(Td3Mrz.checkDigit(specimen.get(1).substring(0, 10) + specimen.get(1).substring(13, 20)
                + specimen.get(1).substring(21, 43))).isEqualTo(0);
    }

    @Test
    void bareModeSendsEachLineEndedByCr() throws Exception {
        start(MrzReaderSimulator.Mode.BARE, false);
        Guest guest = GuestRoster.bundled().get("james-harris");
        reader.present(guest);
        byte[] got = host.receive(2 * 45, 3000);
        List<String> lines = Td3Mrz.lines(guest);
        assertThat(new String(got, StandardCharsets.US_ASCII)).isEqualTo(lines.get(0) + "\r" + lines.get(1) + "\r");
        // Check digits worked by hand (weights 7, 3, 1): 533401372 -> 0, 820914 -> 2, 310301 -> 6, filler -> 0.
        assertThat(lines.get(1)).isEqualTo("5334013720GBR8209142M3103016<<<<<<<<<<<<<<00");
    }

    @Test
    void bareModeWithCrLf() throws Exception {
        start(MrzReaderSimulator.Mode.BARE, true);
        reader.presentLines(List.of("A".repeat(44), "B".repeat(44)));
        assertThat(new String(host.receive(92, 3000), StandardCharsets.US_ASCII)).isEqualTo("A".repeat(44) + "\r\n" + "B".repeat(44) + "\r\n");
    }

    @Test
    void framedModeSendsThreeLinesWithTheLastMrzLineAsLineThree() throws Exception {
        start(MrzReaderSimulator.Mode.FRAMED, false);
        Guest guest = GuestRoster.bundled().get("anna-mueller");
        reader.present(guest);
        byte[] frame = host.receiveUntilQuiet(150, 3000);
        List<String> lines = Td3Mrz.lines(guest);
        assertThat(frame[0]).isEqualTo((byte) 0x01);
        assertThat(frame[1] & 0xFF).isEqualTo(frame.length - 3);
        assertThat(new String(frame, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("OU");
        assertThat(frame[4]).isEqualTo((byte) 0x02);
        String body = new String(frame, 6, frame.length - 8, StandardCharsets.US_ASCII);
        assertThat(body).isEqualTo(lines.get(0) + "\r" + "_".repeat(44) + "\r" + lines.get(1) + "\r");
        assertThat(frame[frame.length - 2]).isEqualTo((byte) 0x03);
        int bcc = 0;
        for (int i = 1; i < frame.length - 1; i++) {
            bcc ^= frame[i];
        }
        assertThat((byte) bcc).isEqualTo(frame[frame.length - 1]);
    }
}
