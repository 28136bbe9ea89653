package org.opencheckin.admin.backend;

/** The backend did not answer (refused connection, timeout, broken response): nothing is known to have happened. */
public class BackendUnavailableException extends RuntimeException {
    public BackendUnavailableException(String call, Throwable cause) {
        super("hotel backend unreachable on " + call + ": " + cause.getMessage(), cause, false, false);
    }
}
