package org.opencheckin.backend.model;

/** Identity documents the kiosk readers understand. */
public enum DocumentType {
    CN_RESIDENT_ID,
    CN_FOREIGNER_PR,
    HMT_RESIDENCE_PERMIT,
    PASSPORT,
    ID_CARD
}
