package org.opencheckin.kiosk.flow;

/** A one-line hint on the current screen ({@code notice.<NAME>} in the bundles). */
public enum Notice {
    NO_RESERVATION_FOUND,
    CODE_NOT_FOUND,
    DOCUMENT_REFUSED,
    /** The booking was found by code; the guest's document is still needed (and must match it). */
    DOCUMENT_NEEDED,
    DOCUMENT_MISMATCH,
    PLACE_CARD_AGAIN,
    READER_FAULT,
    FACE_NO_MATCH,
    FACE_NOT_LIVE,
    BACKEND_UNREACHABLE
}
