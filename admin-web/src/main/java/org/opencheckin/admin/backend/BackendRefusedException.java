package org.opencheckin.admin.backend;

import io.micronaut.core.annotation.Nullable;

/**
 * The backend answered with an error status: {@code code} is its problem code ({@code invalid-credentials},
 * {@code room-occupied}, ...) and {@code detail} its human-readable explanation, either may be null.
 */
public class BackendRefusedException extends RuntimeException {
    private final int status;
    private final String code;
    private final String detail;

    public BackendRefusedException(String call, int status, @Nullable String code, @Nullable String detail) {
        super("hotel backend refused " + call + ": " + status + (code == null ? "" : " " + code), null, false, false);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    @Nullable
    public String code() {
        return code;
    }

    @Nullable
    public String detail() {
        return detail;
    }
}
