package org.opencheckin.devices.mrz;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.devices.mrz.codec.MrzParser;
import org.opencheckin.devices.mrz.codec.OcrFrame;
import org.opencheckin.devices.mrz.codec.OcrFrameCodec;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.mrz.protocol.OcrStream;
import org.opencheckin.devices.testing.Fixture;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ICAO 9303 specimens, bare and framed, decode to the specimen's printed fields. */
class MrzFixtureTest {
    /** A fixed "today" so that the century rule is deterministic. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static List<Fixture> fixtures() {
        return Fixture.all("mrz");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void decodesToTheSpecimenFields(Fixture f) throws Exception {
        List<String> lines = new ArrayList<>();
        if (f.get("kind").equals("framed")) {
            OcrFrame frame = OcrFrameCodec.decode(f.bytes());
            assertThat(frame.flag()).isEqualTo(f.hexByte("flag"));
            assertThat(OcrFrameCodec.encode(frame)).isEqualTo(f.bytes());
            assertThat(OcrFrameCodec.decode(OcrFrameCodec.encode(frame))).isEqualTo(frame);
            lines.addAll(frame.mrzLines());
        } else {
            OcrStream stream = new OcrStream(Duration.ofMillis(100), Duration.ofSeconds(1));
            stream.received(f.bytes(), 0, f.bytes().length, 0);
            OcrStream.Lines scan = (OcrStream.Lines) stream.poll().orElseThrow();
            assertThat(scan.framed()).isFalse();
            lines.addAll(scan.lines());
        }
        MrzDocument d = MrzParser.parse(lines, TODAY);

        assertThat(d.format().name()).isEqualTo(f.get("format"));
        assertThat(d.documentCode()).isEqualTo(f.get("documentCode"));
        assertThat(d.issuingState()).isEqualTo(f.get("issuingState"));
        assertThat(d.documentNumber()).isEqualTo(f.get("documentNumber"));
        assertThat(d.nationality()).isEqualTo(f.get("nationality"));
        assertThat(d.birthDate()).isEqualTo(LocalDate.parse(f.get("birthDate")));
        assertThat(d.sex().name()).isEqualTo(f.get("sex"));
        assertThat(d.expiryDate()).isEqualTo(LocalDate.parse(f.get("expiryDate")));
        assertThat(d.surname()).isEqualTo(f.get("surname"));
        assertThat(d.givenNames()).isEqualTo(f.get("givenNames"));
        assertThat(d.optionalData()).isEqualTo(f.get("optionalData"));
        assertThat(d.repaired()).isFalse();
    }
}
