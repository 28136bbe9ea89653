package org.opencheckin.kiosk.flow;

/**
 * Why the kiosk is on the staff or error screen. Each has a guest message {@code problem.<NAME>} in the
 * bundles and is sent to the backend as the escalation reason.
 */
public enum Problem {
    /** The guest pressed "Call staff". */
    STAFF_CALLED,
    /** The guest chose "verify with staff instead" on the consent screen. */
    IDENTITY_BY_STAFF,
    /** Face models or camera missing: identity goes to staff. */
    FACE_UNAVAILABLE,
    /** Booking code, QR or a document without a chip portrait: nothing to compare a face with. */
    NO_PORTRAIT,
    /** The chip portrait holds no usable face. */
    PORTRAIT_UNUSABLE,
    /** Three face tries failed. */
    FACE_TRIES_EXHAUSTED,
    /** The backend's policy wants a person to look (REVIEW or NO_MATCH). */
    FACE_REVIEW,
    /** No room of the booked type is ready. */
    NO_ROOM_READY,
    /** The card dispenser or encoder failed. */
    KEY_DEVICE_FAULT,
    /** The card stacker is empty. */
    OUT_OF_CARDS,
    /** The backend sent a key payload that is not 48 bytes of Base64: nothing was encoded. */
    KEY_PAYLOAD_INVALID,
    /** The hotel backend cannot be reached. */
    BACKEND_UNREACHABLE,
    /** Staff declined or the backend closed the session. */
    SESSION_CLOSED,
    /** The backend refused something the kiosk did not expect to be refused. */
    UNEXPECTED
}
