package org.opencheckin.devices.idcard.document;

import java.time.LocalDate;

/**
 * Resident identity card (居民身份证), PROTOCOLS.md section 1 "Resident ID text".
 *
 * @param nationCode two-digit ethnic group code of GB 3304 ("01" = Han)
 * @param idNumber   18 characters, ISO 7064 MOD 11-2 check digit already verified
 */
public record ResidentIdCard(String name, Sex sex, String nationCode, LocalDate birthDate, String address,
                             String idNumber, String issuingAuthority, ValidityPeriod validity) implements IdDocument {
    @Override
    public String documentNumber() {
        return idNumber;
    }

    @Override
    public String toString() {
        return "ResidentIdCard[personal data hidden, valid " + validity + "]";
    }
}
