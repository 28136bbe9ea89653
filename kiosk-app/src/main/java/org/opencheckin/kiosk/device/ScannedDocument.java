package org.opencheckin.kiosk.device;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A guest's document as a reader delivered it. Holds personal data: it lives in the kiosk's memory for
 * one session only, is never logged (see {@link #toString()}) and is cleared with {@link #wipe()}.
 *
 * @param portrait the chip portrait as an encoded image (JPEG/PNG/BMP), or null when the document gives none
 *                 (MRZ-only passports, or an ID card whose WLT photo could not be decoded)
 */
public final class ScannedDocument {

    private final DocumentType type;
    private final char[] documentNumber;
    private final char[] fullName;
    private final LocalDate birthDate;
    private final String nationality;
    private final LocalDate expiryDate;
    private final byte[] portrait;
    private volatile boolean wiped;

    public ScannedDocument(DocumentType type, String documentNumber, String fullName, LocalDate birthDate,
                           String nationality, LocalDate expiryDate, byte[] portrait) {
        this.type = Objects.requireNonNull(type, "type");
        this.documentNumber = Objects.requireNonNull(documentNumber, "documentNumber").toCharArray();
        this.fullName = Objects.requireNonNull(fullName, "fullName").toCharArray();
        this.birthDate = birthDate;
        this.nationality = nationality;
        this.expiryDate = expiryDate;
        this.portrait = portrait == null ? null : portrait.clone();
    }

    public DocumentType type() {
        return type;
    }

    public String documentNumber() {
        return new String(documentNumber);
    }

    public String fullName() {
        return new String(fullName);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String nationality() {
        return nationality;
    }

    /** Null for documents without an expiry (a long-term resident ID). */
    public LocalDate expiryDate() {
        return expiryDate;
    }

    public boolean hasPortrait() {
        return portrait != null && !wiped;
    }

    /** The portrait bytes (not a copy: do not keep them beyond the call). */
    public byte[] portrait() {
        return portrait;
    }

    /** Overwrites the number, the name and the portrait in place. The object is useless afterwards. */
    public void wipe() {
        wiped = true;
        Arrays.fill(documentNumber, '\0');
        Arrays.fill(fullName, '\0');
        if (portrait != null) {
            Arrays.fill(portrait, (byte) 0);
        }
    }

    public boolean isWiped() {
        return wiped;
    }

    /** Never prints personal data: only the type and whether a portrait is present. */
    @Override
    public String toString() {
        return "ScannedDocument[type=" + type + ", portrait=" + (portrait != null) + (wiped ? ", wiped" : "") + "]";
    }
}
