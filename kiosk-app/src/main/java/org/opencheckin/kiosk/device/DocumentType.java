package org.opencheckin.kiosk.device;

/** The document types the backend's kiosk API accepts (issue 2, section 5). */
public enum DocumentType {
    CN_RESIDENT_ID,
    CN_FOREIGNER_PR,
    HMT_RESIDENCE_PERMIT,
    PASSPORT,
    ID_CARD
}
