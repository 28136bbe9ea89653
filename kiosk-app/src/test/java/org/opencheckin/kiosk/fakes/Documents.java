package org.opencheckin.kiosk.fakes;

import org.opencheckin.kiosk.device.DocumentType;
import org.opencheckin.kiosk.device.ScannedDocument;

import java.time.LocalDate;

/** Specimen guests for tests (invented people; the ID number has a valid ISO 7064 check digit). */
public final class Documents {

    public static final String NAME = "张伟明";
    public static final String ID_NUMBER = "110101199003070012";
    /** Bytes that stand for a portrait; a test greps the log for them. */
    public static final byte[] PORTRAIT = "PORTRAIT-BYTES-0123456789-SECRET".getBytes();

    private Documents() {
    }

    public static ScannedDocument residentId() {
        return new ScannedDocument(DocumentType.CN_RESIDENT_ID, ID_NUMBER, NAME, LocalDate.of(1990, 3, 7), "CHN",
                LocalDate.of(2036, 1, 1), PORTRAIT);
    }

    public static ScannedDocument unknownGuest() {
        return new ScannedDocument(DocumentType.CN_RESIDENT_ID, "110101198001010017", "李四", LocalDate.of(1980, 1, 1),
                "CHN", LocalDate.of(2030, 1, 1), PORTRAIT);
    }

    public static ScannedDocument passportWithoutPortrait() {
        return new ScannedDocument(DocumentType.PASSPORT, "L898902C3", "ERIKSSON ANNA MARIA", LocalDate.of(1974, 8, 12),
                "UTO", LocalDate.of(2036, 4, 15), null);
    }
}
