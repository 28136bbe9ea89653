package org.opencheckin.backend.integration;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.opencheckin.backend.auth.IntegratorPrincipal;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.integration.IntegrationDtos.WebhookSettings;
import org.opencheckin.backend.integration.IntegrationDtos.WebhookSettingsView;
import org.opencheckin.backend.model.IntegrationClient;
import org.opencheckin.backend.repository.IntegrationClientRepository;
import org.opencheckin.backend.security.DocumentCrypto;

/** A client sets where its webhooks go and the HMAC secret; the secret is stored AES-GCM encrypted. */
@Controller("/api/v1/integration/webhook")
@Secured(Roles.INTEGRATION)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Integration: webhooks")
public class WebhookSettingsController {
    private final IntegrationScope scope;
    private final IntegrationClientRepository clients;
    private final DocumentCrypto crypto;

    public WebhookSettingsController(IntegrationScope scope, IntegrationClientRepository clients, DocumentCrypto crypto) {
        this.scope = scope;
        this.clients = clients;
        this.crypto = crypto;
    }

    @Put
    @Transactional
    @Operation(summary = "Set the webhook URL and signing secret of this client")
    public WebhookSettingsView set(Authentication auth, @Valid @Body WebhookSettings body) {
        IntegrationClient client = scope.client(IntegratorPrincipal.of(auth));
        client.setWebhookUrl(body.url());
        client.setWebhookSecretEnc(crypto.encrypt(body.secret()));
        clients.update(client);
        return new WebhookSettingsView(client.getWebhookUrl(), true);
    }
}
