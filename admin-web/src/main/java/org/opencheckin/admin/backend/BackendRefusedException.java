package org.opencheckin.admin.backend;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencheckin.admin.backend.StaffApi.FieldError;

/**
 * The backend answered with an error status: {@code code} is its problem code ({@code invalid-credentials},
 * {@code room-occupied}, ...) and {@code detail} its human-readable explanation, either may be null;
 * {@code fieldErrors} maps each body field the backend rejected to its message (empty when it named none).
 * The message carries call, status and code only: the backend's texts may quote what staff typed.
 */
public class BackendRefusedException extends RuntimeException {
    private final int status;
    private final String code;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public BackendRefusedException(String call, int status, @Nullable String code, @Nullable String detail) {
        this(call, status, code, detail, null);
    }

    public BackendRefusedException(String call, int status, @Nullable String code, @Nullable String detail,
                                   @Nullable Iterable<FieldError> errors) {
        super("hotel backend refused " + call + ": " + status + (code == null ? "" : " " + code), null, false, false);
        this.status = status;
        this.code = code;
        this.detail = detail;
        Map<String, String> fields = new LinkedHashMap<>();
        if (errors != null) {
            for (FieldError e : errors) {
                if (e != null && e.field() != null) {
                    fields.merge(e.field(), e.message() == null ? "" : e.message(), (a, b) -> a + "; " + b);
                }
            }
        }
        this.fieldErrors = Map.copyOf(fields);
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

    /** The rejected body fields and the backend's message for each (several joined with "; "). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
