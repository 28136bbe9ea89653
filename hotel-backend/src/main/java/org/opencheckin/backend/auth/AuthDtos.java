package org.opencheckin.backend.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencheckin.backend.model.StaffRole;

/** Bodies of {@code POST /api/v1/auth/login} and {@code POST /api/v1/oauth/token}. */
public final class AuthDtos {
    private AuthDtos() {
    }

    @Serdeable
    public record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    public record LoginResponse(String accessToken, String tokenType, int expiresIn, String username, StaffRole role) {
    }

    /** RFC 6749 section 5.1 field names. */
    @Serdeable
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("token_type") String tokenType,
                                @JsonProperty("expires_in") int expiresIn) {
    }
}
