package org.opencheckin.backend.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;
import org.opencheckin.backend.config.BackendProperties;
import org.opencheckin.backend.repository.HotelRepository;
import org.opencheckin.backend.repository.IntegrationClientRepository;
import org.opencheckin.backend.repository.KioskRepository;
import org.opencheckin.backend.repository.StaffUserRepository;
import org.opencheckin.backend.security.DocumentCrypto;
import org.opencheckin.backend.security.PasswordHasher;

/**
 * Outside the {@code demo} environment the server refuses to start while any well-known demo
 * secret is in use (issue 2, section 10): the crypto keys and JWT secret of application.yml,
 * and, in the database, the admin/admin password, the demo-pms secret, the KIOSK-1 token and
 * the DEMO hotel's key-signing secret.
 */
@Context
@Requires(notEnv = "demo")
@Requires(property = "opencheckin.default-secret-guard.enabled", notEquals = "false")
public class DefaultSecretGuard {
    private final BackendProperties.Crypto crypto;
    private final String jwtSecret;
    private final StaffUserRepository staff;
    private final IntegrationClientRepository clients;
    private final KioskRepository kiosks;
    private final HotelRepository hotels;
    private final DocumentCrypto documentCrypto;

    public DefaultSecretGuard(BackendProperties.Crypto crypto,
                              @Nullable @Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret")
                              String jwtSecret,
                              StaffUserRepository staff, IntegrationClientRepository clients, KioskRepository kiosks,
                              HotelRepository hotels, DocumentCrypto documentCrypto) {
        this.crypto = crypto;
        this.jwtSecret = jwtSecret;
        this.staff = staff;
        this.clients = clients;
        this.kiosks = kiosks;
        this.hotels = hotels;
        this.documentCrypto = documentCrypto;
    }

    @PostConstruct
    void check() {
        List<String> found = new ArrayList<>();
        if (DemoSecrets.DOCUMENT_KEY.equals(crypto.documentKey())) {
            found.add("opencheckin.crypto.document-key");
        }
        if (DemoSecrets.LOOKUP_KEY.equals(crypto.lookupKey())) {
            found.add("opencheckin.crypto.lookup-key");
        }
        if (DemoSecrets.JWT_SECRET.equals(jwtSecret)) {
            found.add("micronaut.security.token.jwt.signatures.secret.generator.secret");
        }
        staff.findByUsername(DemoSecrets.ADMIN_USERNAME)
                .filter(u -> PasswordHasher.verify(DemoSecrets.ADMIN_PASSWORD, u.getPasswordHash()))
                .ifPresent(u -> found.add("staff user admin with password admin"));
        clients.findByClientId(DemoSecrets.PMS_CLIENT_ID)
                .filter(c -> PasswordHasher.verify(DemoSecrets.PMS_CLIENT_SECRET, c.getSecretHash()))
                .ifPresent(c -> found.add("integration client demo-pms with secret demo-secret"));
        kiosks.findByTokenHash(PasswordHasher.sha256Hex(DemoSecrets.KIOSK_TOKEN))
                .ifPresent(k -> found.add("kiosk " + k.getCode() + " with token demo-kiosk-token-1"));
        hotels.findByCode(DemoSecrets.HOTEL_CODE)
                .filter(h -> {
                    try {
                        return DemoSecrets.HOTEL_KEY_SECRET.equals(documentCrypto.decrypt(h.getKeySecretEnc()));
                    } catch (IllegalStateException e) {
                        return false;
                    }
                })
                .ifPresent(h -> found.add("hotel DEMO with the demo key-signing secret"));
        if (!found.isEmpty()) {
            throw new IllegalStateException("Refusing to start outside the demo environment with default secrets: "
                    + String.join(", ", found) + ". Set your own (see hotel-backend/README.md) or run with"
                    + " MICRONAUT_ENVIRONMENTS=demo.");
        }
    }

}
