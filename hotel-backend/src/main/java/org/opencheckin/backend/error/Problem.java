package org.opencheckin.backend.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json} for every error.
 * {@code code} repeats the last segment of {@code type} for clients that switch on it;
 * {@code errors} lists the offending fields of a rejected request body.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String code,
                     @Nullable String instance, @Nullable List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:opencheckin:problem:";

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message) {
    }
}
