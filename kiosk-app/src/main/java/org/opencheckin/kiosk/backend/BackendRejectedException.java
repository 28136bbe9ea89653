package org.opencheckin.kiosk.backend;

/**
 * The backend answered with a 4xx problem (RFC 7807). The flow decides per call what it means for the
 * guest: 404 on a document lookup is "no reservation today", 409 on the room call is "no room ready".
 * {@code detail} is the backend's text and is not shown to guests verbatim.
 */
public class BackendRejectedException extends RuntimeException {

    private final int status;
    private final String type;
    private final String detail;

    public BackendRejectedException(String call, int status, String type, String title, String detail) {
        super("hotel backend: " + call + " refused: HTTP " + status + (title == null ? "" : " " + title));
        this.status = status;
        this.type = type;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    /** The problem's {@code type} URI, or null. */
    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }
}
