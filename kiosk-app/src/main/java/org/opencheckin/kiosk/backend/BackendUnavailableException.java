package org.opencheckin.kiosk.backend;

/**
 * The hotel backend could not be reached or did not answer in time (connection refused, timeout,
 * 502/503/504). The guest is told to call staff; nothing that needs the backend's word (a key) happens.
 */
public class BackendUnavailableException extends RuntimeException {

    public BackendUnavailableException(String call, String why, Throwable cause) {
        super("hotel backend: " + call + " failed: " + why, cause);
    }
}
