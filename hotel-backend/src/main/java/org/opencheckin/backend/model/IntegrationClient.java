package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A chain's PMS using the integration API with client credentials. Columns: see V1__schema.sql. */
@MappedEntity("integration_client")
public class IntegrationClient {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long chainId;

    private String clientId;

    private String name;

    private String secretHash;

    @Nullable
    private String webhookUrl;

    @Nullable
    private String webhookSecretEnc;

    private Boolean enabled;

    private Instant createdAt;

    @Nullable public Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public Long getChainId() {
        return chainId;
    }

    public void setChainId(Long chainId) {
        this.chainId = chainId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public void setSecretHash(String secretHash) {
        this.secretHash = secretHash;
    }

    @Nullable public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(@Nullable String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    @Nullable public String getWebhookSecretEnc() {
        return webhookSecretEnc;
    }

    public void setWebhookSecretEnc(@Nullable String webhookSecretEnc) {
        this.webhookSecretEnc = webhookSecretEnc;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
