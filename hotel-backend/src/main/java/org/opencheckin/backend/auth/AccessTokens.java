package org.opencheckin.backend.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencheckin.backend.model.IntegrationClient;
import org.opencheckin.backend.model.StaffUser;

/**
 * Issues the signed JWTs of the staff and integration APIs (HMAC-SHA256 with
 * {@code micronaut.security.token.jwt.signatures.secret.generator.secret}). Micronaut Security
 * validates them on every request and exposes the claims below as authentication attributes;
 * {@link StaffPrincipal} and {@link IntegratorPrincipal} read them back.
 */
@Singleton
public class AccessTokens {
    static final String CLAIM_KIND = "kind";
    static final String CLAIM_USER_ID = "uid";
    static final String CLAIM_CHAIN_ID = "chain";
    static final String CLAIM_HOTEL_ID = "hotel";
    static final String CLAIM_CLIENT_PK = "cpk";

    private final TokenGenerator generator;
    private final int staffSeconds;
    private final int integrationSeconds;

    public AccessTokens(TokenGenerator generator,
                        @Value("${opencheckin.auth.staff-token-seconds:28800}") int staffSeconds,
                        @Value("${opencheckin.auth.integration-token-seconds:3600}") int integrationSeconds) {
        this.generator = generator;
        this.staffSeconds = staffSeconds;
        this.integrationSeconds = integrationSeconds;
    }

    public record Issued(String token, int expiresInSeconds) {
    }

    public Issued forStaff(StaffUser user) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(CLAIM_KIND, StaffPrincipal.KIND);
        claims.put(CLAIM_USER_ID, user.getId());
        claims.put(CLAIM_CHAIN_ID, user.getChainId());
        if (user.getHotelId() != null) {
            claims.put(CLAIM_HOTEL_ID, user.getHotelId());
        }
        return issue(Authentication.build(user.getUsername(), List.of(user.getStaffRole().name()), claims), staffSeconds);
    }

    public Issued forIntegrator(IntegrationClient client) {
        Map<String, Object> claims = Map.of(CLAIM_KIND, IntegratorPrincipal.KIND, CLAIM_CLIENT_PK, client.getId(),
                CLAIM_CHAIN_ID, client.getChainId());
        return issue(Authentication.build(client.getClientId(), List.of(Roles.INTEGRATION), claims), integrationSeconds);
    }

    private Issued issue(Authentication auth, int seconds) {
        String token = generator.generateToken(auth, seconds)
                .orElseThrow(() -> new IllegalStateException("JWT generation failed; is a signing secret configured?"));
        return new Issued(token, seconds);
    }
}
