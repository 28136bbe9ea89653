package org.opencheckin.devices.mrz;

import org.jmrtd.lds.icao.MRZInfo;
import org.junit.jupiter.api.Test;
import org.opencheckin.devices.mrz.codec.MrzFormatException;
import org.opencheckin.devices.mrz.codec.MrzParser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Why the driver has its own MRZ parser: JMRTD 0.8.3's {@code MRZInfo} (the library the issue
 * suggests) parses the specimen correctly, but accepts a document whose check digits are wrong
 * and leaves dates as YYMMDD strings without the century rule. A corrupted OCR read would become a
 * wrong document number. JMRTD stays a test-only dependency that documents this.
 */
class JmrtdMrzInfoEvaluationTest {
    static final String L1 = MrzParserTest.TD3_1;
    static final String L2 = MrzParserTest.TD3_2;

    @Test
    void jmrtdReadsTheSpecimenLikeOurParser() throws Exception {
        MRZInfo info = new MRZInfo(L1 + L2);
        var ours = MrzParser.parse(List.of(L1, L2), LocalDate.of(2026, 11, 28));
        assertThat(info.getDocumentNumber()).isEqualTo(ours.documentNumber());
        assertThat(info.getPrimaryIdentifier()).isEqualTo(ours.surname());
        assertThat(info.getDateOfBirth()).as("JMRTD keeps YYMMDD, no century").isEqualTo("740812");
    }

    @Test
    void jmrtdAcceptsAWrongDocumentNumberCheckDigitOursRefusesIt() {
        String corrupted = L2.substring(0, 9) + "7" + L2.substring(10);
        MRZInfo info = new MRZInfo(L1 + corrupted);
        assertThat(info.getDocumentNumber()).isEqualTo("L898902C3");
        assertThatThrownBy(() -> MrzParser.parse(List.of(L1, corrupted), LocalDate.of(2026, 11, 28)))
                .isInstanceOf(MrzFormatException.class);
    }

    @Test
    void jmrtdAcceptsAWrongCompositeCheckDigitOursRefusesIt() {
        String corrupted = L2.substring(0, 43) + "3";
        new MRZInfo(L1 + corrupted);
        assertThatThrownBy(() -> MrzParser.parse(List.of(L1, corrupted), LocalDate.of(2026, 11, 28)))
                .isInstanceOf(MrzFormatException.class).hasMessageContaining("composite");
    }
}
