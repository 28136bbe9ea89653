package org.opencheckin.backend.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.service.AuditTrail;

/**
 * A chain's PMS behind a request with a client-credentials token ({@link AccessTokens#forIntegrator}).
 * The hotels it may act for are read from the database on every request, so a revoked grant
 * takes effect before the token expires.
 */
public record IntegratorPrincipal(long clientPk, String clientId, long chainId) {
    static final String KIND = "integration";

    public static IntegratorPrincipal of(Authentication auth) {
        Map<String, Object> a = auth.getAttributes();
        if (!KIND.equals(a.get(AccessTokens.CLAIM_KIND)) || !(a.get(AccessTokens.CLAIM_CLIENT_PK) instanceof Number pk)
                || !(a.get(AccessTokens.CLAIM_CHAIN_ID) instanceof Number chainId)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "integration-token-required", "This endpoint is for integration clients");
        }
        return new IntegratorPrincipal(pk.longValue(), auth.getName(), chainId.longValue());
    }

    public AuditTrail.Actor actor() {
        return new AuditTrail.Actor("INTEGRATION", clientId);
    }
}
