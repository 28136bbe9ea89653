package org.opencheckin.devices.idcard.codec;

/** SW3 status codes of the SAM module, PROTOCOLS.md section 1. */
public enum SamStatus {
    SUCCESS(0x90, "OK"),
    NO_CONTENT(0x91, "no such content"),
    CARD_FOUND(0x9F, "card found"),
    CHECKSUM_ERROR(0x10, "checksum error"),
    LENGTH_ERROR(0x11, "length error"),
    COMMAND_ERROR(0x21, "command error"),
    NOT_PERMITTED(0x23, "not permitted"),
    UNKNOWN_ERROR(0x24, "unknown error"),
    CARD_AUTHENTICATE_SAM_FAILED(0x31, "card failed to authenticate SAM"),
    SAM_AUTHENTICATE_CARD_FAILED(0x32, "SAM failed to authenticate card"),
    INFORMATION_VERIFICATION_FAILED(0x33, "information verification failed"),
    FINGERPRINT_VERIFICATION_FAILED(0x37, "fingerprint verification failed"),
    INFORMATION_LENGTH_ERROR(0x3F, "information length error"),
    UNKNOWN_CARD_TYPE(0x40, "unknown card type"),
    READ_FAILED(0x41, "read failed"),
    RANDOM_NUMBER_FAILED(0x47, "random number failed"),
    SAM_SELF_CHECK_FAILED(0x60, "SAM self-check failed"),
    SAM_NOT_AUTHORIZED(0x66, "SAM not authorized"),
    FIND_CARD_FAILED(0x80, "find card failed"),
    SELECT_CARD_FAILED(0x81, "select card failed"),
    /** A code not in the table; the raw byte is in the reply. */
    UNDEFINED(-1, "undefined status code");

    private final int code;
    private final String meaning;

    SamStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The reader rejected our frame as damaged on the line: resending is safe. */
    public boolean isTransportFault() {
        return this == CHECKSUM_ERROR || this == LENGTH_ERROR;
    }

    /** The SAM module itself is unusable: the reader is FAULT until reset. */
    public boolean isSamFault() {
        return this == SAM_SELF_CHECK_FAILED || this == SAM_NOT_AUTHORIZED;
    }

    public static SamStatus of(int sw3) {
        for (SamStatus s : values()) {
            if (s.code == sw3) {
                return s;
            }
        }
        return UNDEFINED;
    }
}
