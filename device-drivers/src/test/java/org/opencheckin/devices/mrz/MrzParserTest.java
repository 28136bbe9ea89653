package org.opencheckin.devices.mrz;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.mrz.codec.CheckDigit;
import org.opencheckin.devices.mrz.codec.MrzFormatException;
import org.opencheckin.devices.mrz.codec.MrzParser;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.mrz.document.MrzSex;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Check digits, composite, century rule and the never-repair-unless-confirmed rule; ICAO 9303 vectors. */
class MrzParserTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    // ICAO Doc 9303 part 4 Appendix A specimen passport
    static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    // ICAO Doc 9303 part 5 specimen TD1
    static final String TD1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    static final String TD1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
    static final String TD1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    @Test
    void checkDigitFollowsDoc9303WorkedExamples() throws Exception {
        assertThat(CheckDigit.of("L898902C3")).isEqualTo('6');
        assertThat(CheckDigit.of("740812")).isEqualTo('2');
        assertThat(CheckDigit.of("120415")).isEqualTo('9');
        assertThat(CheckDigit.of("ZE184226B<<<<<")).isEqualTo('1');
        assertThat(CheckDigit.of("D23145890")).isEqualTo('7');
    }

    @Test
    void everyCheckDigitOfTheTd3SpecimenIsEnforced() {
        int[] checkPositions = {9, 19, 27, 42, 43};
        for (int pos : checkPositions) {
            char original = TD3_2.charAt(pos);
            char wrong = original == '9' ? '8' : (char) (original + 1);
            String line = TD3_2.substring(0, pos) + wrong + TD3_2.substring(pos + 1);
            assertThatThrownBy(() -> MrzParser.parse(List.of(TD3_1, line), TODAY))
                    .as("check digit at position %d", pos).isInstanceOf(MrzFormatException.class);
        }
    }

    @Test
    void compositeCheckDigitCatchesAnErrorThatFieldChecksMiss() {
        // swap two characters inside the personal number and fix only its own check digit
        String line = TD3_2.substring(0, 28) + "EZ184226B<<<<<" + TD3_2.substring(42);
        assertThatThrownBy(() -> MrzParser.parse(List.of(TD3_1, line), TODAY))
                .isInstanceOf(MrzFormatException.class);
    }

    @Test
    void td1CompositeCheckDigitIsEnforced() {
        String line2 = TD1_2.substring(0, 29) + "5";
        assertThatThrownBy(() -> MrzParser.parse(List.of(TD1_1, line2, TD1_3), TODAY))
                .isInstanceOf(MrzFormatException.class).hasMessageContaining("composite");
    }

    @Test
    void birthDatesInTheFutureBelongToTheLastCenturyExpiryToThisOne() throws Exception {
        MrzDocument d = MrzParser.parse(List.of(TD3_1, TD3_2), TODAY);
        assertThat(d.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));

        // born 2019-01-01 is in the past on TODAY: stays in this century
        String young = line2("L898902C3", "190101", "M", "300101");
        assertThat(MrzParser.parse(List.of(TD3_1, young), TODAY).birthDate()).isEqualTo(LocalDate.of(2019, 1, 1));
        // born 2030-01-01 would be in the future: last century
        String old = line2("L898902C3", "300101", "<", "310101");
        MrzDocument oldDoc = MrzParser.parse(List.of(TD3_1, old), TODAY);
        assertThat(oldDoc.birthDate()).isEqualTo(LocalDate.of(1930, 1, 1));
        assertThat(oldDoc.expiryDate()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(oldDoc.sex()).isEqualTo(MrzSex.UNSPECIFIED);
    }

    @Test
    void anOcrConfusionInADateIsRepairedOnlyWhenTheCheckDigitsConfirmIt() throws Exception {
        // 'O' read instead of '0' in the expiry date 120415 -> 12O415
        String misread = TD3_2.substring(0, 21) + "12O415" + TD3_2.substring(27);
        MrzDocument d = MrzParser.parse(List.of(TD3_1, misread), TODAY);
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(d.repaired()).isTrue();

        // 'B' for '8' in the birth date plus a wrong digit: repair would not verify, so no result
        String wrong = TD3_2.substring(0, 13) + "74O813" + TD3_2.substring(19);
        assertThatThrownBy(() -> MrzParser.parse(List.of(TD3_1, wrong), TODAY)).isInstanceOf(MrzFormatException.class);
    }

    @Test
    void aLetterInTheDocumentNumberIsNeverRepaired() {
        // 'O' instead of '0' in the document number: alphanumeric field, must fail
        String line = "L8989O2C3" + TD3_2.substring(9);
        assertThatThrownBy(() -> MrzParser.parse(List.of(TD3_1, line), TODAY)).isInstanceOf(MrzFormatException.class);
    }

    @Test
    void td1LongDocumentNumberContinuesInTheOptionalData() throws Exception {
        // Doc 9303 part 5: number D23145890123 (12 chars): '<' at the check position, rest + check digit in optional data
        String full = "D23145890123";
        char check = CheckDigit.of(full);
        String l1 = ("I<UTO" + full.substring(0, 9) + "<" + full.substring(9) + check + "<<<<<<<<<<<<<<<").substring(0, 30);
        String body = l1.substring(5, 30) + TD1_2.substring(0, 7) + TD1_2.substring(8, 15) + TD1_2.substring(18, 29);
        String l2 = TD1_2.substring(0, 29) + CheckDigit.of(body);
        MrzDocument d = MrzParser.parse(List.of(l1, l2, TD1_3), TODAY);
        assertThat(d.documentNumber()).isEqualTo(full);
        assertThat(d.optionalData()).isEmpty();
    }

    @Test
    void wrongShapesAndCharactersAreRejected() {
        assertThatThrownBy(() -> MrzParser.parse(List.of(TD3_1), TODAY)).isInstanceOf(MrzFormatException.class);
        assertThatThrownBy(() -> MrzParser.parse(List.of(TD3_1, TD3_2.substring(1)), TODAY)).isInstanceOf(MrzFormatException.class);
        assertThatThrownBy(() -> MrzParser.parse(List.of(TD3_1.toLowerCase(), TD3_2), TODAY)).isInstanceOf(MrzFormatException.class);
        assertThatThrownBy(() -> MrzParser.parse(List.of(), TODAY)).isInstanceOf(MrzFormatException.class);
    }

    @Test
    void messagesNeverContainTheDocumentsContent() {
        String line = TD3_2.substring(0, 9) + "0" + TD3_2.substring(10);
        assertThatThrownBy(() -> MrzParser.parse(List.of(TD3_1, line), TODAY))
                .hasMessageNotContaining("L898902C3").hasMessageNotContaining("ERIKSSON");
    }

    /** A TD3 line 2 with correct check digits for the given fields. */
    static String line2(String number, String birth, String sex, String expiry) throws MrzFormatException {
        String personal = "<<<<<<<<<<<<<<";
        String s = number + CheckDigit.of(number) + "UTO" + birth + CheckDigit.of(birth) + sex + expiry
                + CheckDigit.of(expiry) + personal + "<";
        String composite = s.substring(0, 10) + s.substring(13, 20) + s.substring(21, 43);
        return s + CheckDigit.of(composite);
    }
}
