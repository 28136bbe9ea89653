package org.opencheckin.backend.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Makes every error response {@code application/problem+json}: our {@link ApiProblem}s, bean
 * validation failures (with one field error per violated field), and every error Micronaut
 * itself reports (malformed JSON, wrong types, unknown routes, 401/403 from security) through
 * the replaced {@link ErrorResponseProcessor}.
 */
public final class ProblemHandlers {
    private ProblemHandlers() {
    }

    static MutableHttpResponse<Problem> respond(HttpRequest<?> request, HttpStatus status, String code,
                                                String detail, List<Problem.FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_PREFIX + code, status.getReason(), status.getCode(), detail, code,
                request == null ? null : request.getPath(), errors == null || errors.isEmpty() ? null : errors);
        return HttpResponse.<Problem>status(status).body(body).contentType(Problem.MEDIA_TYPE);
    }

    static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case REQUEST_ENTITY_TOO_LARGE -> "request-too-large";
            default -> status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        };
    }

    /** {@link ApiProblem} -> its status and code. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ApiProblem e) {
            MutableHttpResponse<Problem> response = respond(request, e.status(), e.code(), e.getMessage(), e.fieldErrors());
            e.headers().forEach(response::header);
            return response;
        }
    }

    /** Bean validation -> 400 with the JSON field names of the request body. */
    @Singleton
    @Primary
    @Replaces(ConstraintExceptionHandler.class)
    @Produces(Problem.MEDIA_TYPE)
    public static class ValidationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException e) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
            }
            errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
            return respond(request, HttpStatus.BAD_REQUEST, "validation-failed",
                    "The request has " + errors.size() + " invalid field(s)", errors);
        }

        /** {@code document.request.fullName} -> {@code fullName}; list elements keep their index. */
        static String fieldName(Path path) {
            StringBuilder sb = new StringBuilder();
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                        || node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                    continue;
                }
                if (node.getName() == null) {
                    continue;
                }
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                }
            }
            if (sb.isEmpty()) {
                String s = path.toString();
                return s.substring(s.lastIndexOf('.') + 1);
            }
            return sb.toString();
        }
    }

    /** Every error Micronaut produces itself (conversion, JSON syntax, 404 route, 401/403). */
    @Singleton
    @Primary
    @Requires(classes = ErrorResponseProcessor.class)
    public static class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
        @Override
        @NonNull
        public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext ctx, @NonNull MutableHttpResponse<?> response) {
            HttpStatus status = response.getStatus();
            List<Problem.FieldError> fields = new ArrayList<>();
            String detail = null;
            for (Error error : ctx.getErrors()) {
                if (detail == null) {
                    detail = error.getMessage();
                }
                error.getPath().ifPresent(p -> fields.add(new Problem.FieldError(p, error.getMessage())));
            }
            if (status.getCode() >= 500) {
                detail = "Internal error; the server log has the details";
                fields.clear();
            }
            String code = codeFor(status);
            Problem body = new Problem(Problem.TYPE_PREFIX + code, status.getReason(), status.getCode(),
                    detail == null ? status.getReason() : truncate(detail), code, ctx.getRequest().getPath(),
                    fields.isEmpty() ? null : fields);
            return response.body(body).contentType(Problem.MEDIA_TYPE);
        }

        private static String truncate(String s) {
            return s.length() > 300 ? s.substring(0, 300) + "..." : s;
        }
    }
}
