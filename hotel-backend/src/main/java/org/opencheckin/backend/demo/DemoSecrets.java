package org.opencheckin.backend.demo;

import java.util.List;

/**
 * The demo profile's well-known secrets (issue 2, section 10). Published in the README, so
 * {@link DefaultSecretGuard} refuses to start any other profile while one of them is in use.
 */
public final class DemoSecrets {
    public static final String HOTEL_CODE = "DEMO";
    public static final String CHAIN_CODE = "DEMO-CHAIN";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final String PMS_CLIENT_ID = "demo-pms";
    public static final String PMS_CLIENT_SECRET = "demo-secret";
    public static final String KIOSK_CODE = "KIOSK-1";
    public static final String KIOSK_TOKEN = "demo-kiosk-token-1";
    /** Key-signing secret of hotel DEMO (UTF-8 bytes), so simulators and locks can verify cards. */
    public static final String HOTEL_KEY_SECRET = "demo-hotel-key-signing-secret-01";
    /** Configuration defaults of application.yml, valid only in the demo profile. */
    public static final String DOCUMENT_KEY = "ZGVtby1kb2N1bWVudC1lbmNyeXB0aW9uLWtleS0wMDE=";
    public static final String LOOKUP_KEY = "ZGVtby1kb2N1bWVudC1sb29rdXAtaG1hYy1rZXktMDE=";
    public static final String JWT_SECRET = "demo-jwt-signing-secret-change-me-outside-demo";

    public static final List<String> CONFIG_DEFAULTS = List.of(DOCUMENT_KEY, LOOKUP_KEY, JWT_SECRET);

    private DemoSecrets() {
    }
}
