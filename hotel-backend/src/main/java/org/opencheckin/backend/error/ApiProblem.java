package org.opencheckin.backend.error;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * An expected failure of a request: carries the HTTP status, a stable problem code and a
 * detail safe to show (never a guest name or document number). Thrown from services, turned
 * into {@code application/problem+json} by {@link ProblemHandlers}.
 */
public class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final List<Problem.FieldError> fieldErrors;

    public ApiProblem(HttpStatus status, String code, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors;
    }

    public ApiProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, null);
    }

    public static ApiProblem notFound(String code, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, detail);
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, code, detail);
    }

    public static ApiProblem unprocessable(String code, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, code, detail);
    }

    public static ApiProblem badRequest(String code, String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, message, List.of(new Problem.FieldError(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Response headers that go with the problem (such as {@code Retry-After}); none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
