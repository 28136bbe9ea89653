package org.opencheckin.simulators.guest;

/** The document kinds of the kiosk API's document call (issue 2, kiosk API). */
public enum DocumentType {
    /** Chinese 2nd-generation resident ID card (SAM reader). */
    CN_RESIDENT_ID,
    /** Foreigner's permanent residence card, type {@code I} on the SAM reader. */
    CN_FOREIGNER_PR,
    /** Hong Kong / Macau / Taiwan residence permit, type {@code J} on the SAM reader. */
    HMT_RESIDENCE_PERMIT,
    /** ICAO 9303 TD3 passport (MRZ reader). */
    PASSPORT;

    /** True for the documents the SAM ID-card reader reads; passports go on the MRZ reader. */
    public boolean isSamCard() {
        return this != PASSPORT;
    }
}
