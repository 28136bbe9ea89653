package org.opencheckin.kiosk.vision;

/** The camera could not be opened or stopped delivering; the message names the source. */
public class CameraException extends Exception {

    public CameraException(String message) {
        super(message);
    }

    public CameraException(String message, Throwable cause) {
        super(message, cause);
    }
}
