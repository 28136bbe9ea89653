package org.opencheckin.backend.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencheckin.backend.auth.AuthDtos.TokenResponse;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.error.Problem;
import org.opencheckin.backend.model.IntegrationClient;
import org.opencheckin.backend.repository.IntegrationClientRepository;
import org.opencheckin.backend.security.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 client-credentials grant (RFC 6749 section 4.4) for chains' PMS: {@code grant_type},
 * {@code client_id} and {@code client_secret} as a form or JSON body. Errors are problem+json
 * with the RFC's error names as {@code code} ({@code invalid_request}, {@code invalid_client},
 * {@code unsupported_grant_type}), and {@code too-many-attempts} (429, {@code Retry-After}) while a
 * client id is locked out after repeated wrong secrets ({@link LoginThrottle}).
 */
@Controller("/api/v1/oauth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Integration authentication")
public class OAuthTokenController {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenController.class);
    private static final String DUMMY_HASH = PasswordHasher.hash("no-such-client");

    private final IntegrationClientRepository clients;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;

    public OAuthTokenController(IntegrationClientRepository clients, AccessTokens tokens, LoginThrottle throttle) {
        this.clients = clients;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Post(value = "/token", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @Operation(summary = "Client-credentials token for the integration API")
    public TokenResponse token(@Body @Nullable Map<String, Object> form) {
        Map<String, Object> f = form == null ? Map.of() : form;
        String grantType = text(f, "grant_type");
        String clientId = text(f, "client_id");
        String secret = text(f, "client_secret");
        List<Problem.FieldError> missing = new ArrayList<>();
        if (grantType == null) {
            missing.add(new Problem.FieldError("grant_type", "must not be blank"));
        }
        if (clientId == null) {
            missing.add(new Problem.FieldError("client_id", "must not be blank"));
        }
        if (secret == null) {
            missing.add(new Problem.FieldError("client_secret", "must not be blank"));
        }
        if (!missing.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid_request", "grant_type, client_id and client_secret are required", missing);
        }
        if (!"client_credentials".equals(grantType)) {
            throw ApiProblem.badRequest("unsupported_grant_type", "grant_type", "only client_credentials is supported");
        }
        throttle.checkAllowed(clientId);
        IntegrationClient client = clientId.length() > 64 ? null : clients.findByClientId(clientId).orElse(null);
        boolean ok = PasswordHasher.verify(secret, client == null ? DUMMY_HASH : client.getSecretHash());
        if (client == null || !ok || !Boolean.TRUE.equals(client.getEnabled())) {
            LOG.info("event=integration.token outcome=refused");
            throttle.failed(clientId);
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown client or wrong secret");
        }
        throttle.succeeded(clientId);
        AccessTokens.Issued issued = tokens.forIntegrator(client);
        LOG.info("event=integration.token outcome=ok client={}", client.getClientId());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
    }

    private static String text(Map<String, Object> form, String name) {
        Object v = form.get(name);
        if (v instanceof List<?> list && list.size() == 1) {
            v = list.get(0);
        }
        if (!(v instanceof String s) || s.isBlank() || s.length() > 200) {
            return null;
        }
        return s;
    }
}
