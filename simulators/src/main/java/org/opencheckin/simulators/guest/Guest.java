package org.opencheckin.simulators.guest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/**
 * One simulated guest of {@code guests.json}: the data printed on their document and which face
 * identities of {@code ../shared/faces} stand for them on the card and in front of the camera.
 *
 * @param expiryDate   null for a long-term (长期) resident card
 * @param portraitFace identity whose first photo becomes the card portrait
 * @param cameraFace   identity whose other photos the live camera shows; differs from the portrait for an
 *                     impostor
 * @param impostorOf   id of the guest whose document this impostor holds; the document fields are copied
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Guest(String id, DocumentType documentType, String fullName, String latinName, String surname,
                    String givenNames, String chineseName, String sex, LocalDate birthDate, String nationality,
                    String documentNumber, LocalDate validFrom, LocalDate expiryDate, String ethnicCode,
                    String address, String authority, String newAddress, Integer fingerprintBytes,
                    String passNumber, String issueCount, String portraitFace, String cameraFace,
                    String impostorOf, String note) {

    public boolean isImpostor() {
        return impostorOf != null;
    }

    /** Fingerprint template length on the card: 0, 512 or 1,024 bytes. */
    public int fingerprintLength() {
        return fingerprintBytes == null ? 0 : fingerprintBytes;
    }

    /** This impostor with the document fields of the guest whose card they carry. */
    Guest holding(Guest document) {
        return new Guest(id, document.documentType, document.fullName, document.latinName, document.surname,
                document.givenNames, document.chineseName, document.sex, document.birthDate,
                document.nationality, document.documentNumber, document.validFrom, document.expiryDate,
                document.ethnicCode, document.address, document.authority, document.newAddress,
                document.fingerprintBytes, document.passNumber, document.issueCount,
                portraitFace != null ? portraitFace : document.portraitFace, cameraFace, impostorOf, note);
    }

    /** Never print a guest's data: logs and the control API show the id only. */
    @Override
    public String toString() {
        return "Guest[" + id + "]";
    }
}
