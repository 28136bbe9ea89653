package org.opencheckin.backend.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Configuration under {@code opencheckin.*}; every property has a default and is listed in
 * hotel-backend/README.md.
 */
public final class BackendProperties {
    private BackendProperties() {
    }

    /** {@code opencheckin.session.*}: how long an idle kiosk session keeps its room. */
    @ConfigurationProperties("opencheckin.session")
    public record Session(
            @Bindable(defaultValue = "5m") Duration idleTimeout,
            @Bindable(defaultValue = "10s") Duration expiryCheckInterval) {
    }

    /** {@code opencheckin.face.*}: default face policy of hotels that set none of their own. */
    @ConfigurationProperties("opencheckin.face")
    public record Face(
            @Bindable(defaultValue = "0.45") double matchThreshold,
            @Bindable(defaultValue = "0.38") double reviewThreshold,
            @Bindable(defaultValue = "0.5") double livenessMinimum) {
    }

    /**
     * {@code opencheckin.crypto.*}: Base64 keys of 32 bytes. {@code document-key} encrypts
     * document numbers and hotel secrets (AES-256-GCM), {@code lookup-key} keys the HMAC that
     * finds a document number without decrypting.
     */
    @ConfigurationProperties("opencheckin.crypto")
    public record Crypto(String documentKey, String lookupKey) {
    }

    /** {@code opencheckin.retention.*}: guest document data is erased this long after check-out. */
    @ConfigurationProperties("opencheckin.retention")
    public record Retention(
            @Bindable(defaultValue = "30") int documentDays,
            @Bindable(defaultValue = "1h") Duration checkInterval) {
    }
}
