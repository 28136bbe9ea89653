package org.opencheckin.devices.idcard.document;

import java.time.LocalDate;

/**
 * Foreigner's permanent residence card (type 'I'), PROTOCOLS.md section 1. Offsets there are
 * derived from SDK headers and not confirmed on a card.
 *
 * @param nationality   ISO 3166 alpha-3
 * @param cardVersion   4-character version field
 * @param authorityCode 4-character issuing authority code
 */
public record ForeignPermanentResidentCard(String englishName, Sex sex, String cardNumber, String nationality,
                                           String chineseName, ValidityPeriod validity, LocalDate birthDate,
                                           String cardVersion, String authorityCode) implements IdDocument {
    @Override
    public String documentNumber() {
        return cardNumber;
    }

    @Override
    public String toString() {
        return "ForeignPermanentResidentCard[personal data hidden, valid " + validity + "]";
    }
}
