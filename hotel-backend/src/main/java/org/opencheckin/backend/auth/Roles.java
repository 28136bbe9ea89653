package org.opencheckin.backend.auth;

/**
 * The role names carried in access tokens, as {@code @Secured} needs compile-time constants.
 * Staff roles are the {@link org.opencheckin.backend.model.StaffRole} names; a kiosk has
 * {@link org.opencheckin.backend.security.KioskPrincipal#ROLE}; a chain's PMS has {@link #INTEGRATION}.
 */
public final class Roles {
    public static final String FRONT_DESK = "FRONT_DESK";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}
