package org.opencheckin.devices.idcard.document;

import java.time.LocalDate;

/**
 * Residence permit for Hong Kong, Macau and Taiwan residents (type 'J'), PROTOCOLS.md section 1.
 *
 * @param idNumber   18 characters, ISO 7064 MOD 11-2 check digit verified
 * @param passNumber the home-return / Taiwan compatriot pass number
 * @param issueCount how many times the permit was issued
 */
public record ResidencePermit(String name, Sex sex, LocalDate birthDate, String address, String idNumber,
                              String issuingAuthority, ValidityPeriod validity, String passNumber,
                              int issueCount) implements IdDocument {
    @Override
    public String documentNumber() {
        return idNumber;
    }

    @Override
    public String toString() {
        return "ResidencePermit[personal data hidden, valid " + validity + "]";
    }
}
