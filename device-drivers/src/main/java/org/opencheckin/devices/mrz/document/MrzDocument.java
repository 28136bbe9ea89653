package org.opencheckin.devices.mrz.document;

import java.time.LocalDate;

/**
 * A machine-readable zone whose check digits (and composite check digit) all verified.
 *
 * @param format         TD1, TD2 or TD3
 * @param documentCode   e.g. "P", "I", "ID" (fillers removed)
 * @param issuingState   ICAO code of the issuing state or organisation, e.g. "UTO"
 * @param documentNumber fillers removed; for TD1/TD2 a long number continued in the optional data is joined
 * @param nationality    ICAO code
 * @param birthDate      with the century rule applied (a future date means the last century)
 * @param sex            sex
 * @param expiryDate     in this century
 * @param surname        primary identifier, words separated by single spaces
 * @param givenNames     secondary identifier, words separated by single spaces; may be empty
 * @param optionalData   personal number (TD3) or optional data (TD1 line 1 + line 2, TD2), fillers removed
 * @param repaired       true when an OCR confusion in a numeric field (O for 0, ...) was corrected
 *                       and the check digits then confirmed it
 */
public record MrzDocument(MrzFormat format, String documentCode, String issuingState, String documentNumber,
                          String nationality, LocalDate birthDate, MrzSex sex, LocalDate expiryDate,
                          String surname, String givenNames, String optionalData, boolean repaired) {
    @Override
    public String toString() {
        return "MrzDocument[" + format + ", " + documentCode + " of " + issuingState + ", personal data hidden]";
    }
}
