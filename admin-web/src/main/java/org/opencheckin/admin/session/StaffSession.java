package org.opencheckin.admin.session;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One signed-in staff member: the backend JWT (never sent to the browser), the role it carries, and the
 * per-session CSRF token every POST form must echo. {@link #flash} holds one message for the next page.
 */
public final class StaffSession {
    private final String id;
    private final String jwt;
    private final String username;
    private final String role;
    private final String csrfToken;
    private final Instant jwtExpiresAt;
    private volatile Instant lastSeen;
    private volatile Flash flash;

    /** A message shown once: a key of {@code i18n/messages}, up to two arguments (empty when absent), error or not. */
    public record Flash(String key, String arg, String arg2, boolean error) {
    }

    StaffSession(String id, String jwt, String username, String role, String csrfToken, Instant jwtExpiresAt, Instant now) {
        this.id = id;
        this.jwt = jwt;
        this.username = username;
        this.role = role;
        this.csrfToken = csrfToken;
        this.jwtExpiresAt = jwtExpiresAt;
        this.lastSeen = now;
    }

    String id() {
        return id;
    }

    public String jwt() {
        return jwt;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public String getCsrf() {
        return csrfToken;
    }

    /** MANAGER and ADMIN see kiosks and the audit log (README, "Authorisation"). */
    public boolean isManager() {
        return "MANAGER".equals(role) || "ADMIN".equals(role);
    }

    /** Only ADMIN disables kiosks and rotates their tokens. */
    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    Instant jwtExpiresAt() {
        return jwtExpiresAt;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }

    public void flash(String key, @Nullable String arg, boolean error) {
        flash(key, arg, null, error);
    }

    public void flash(String key, @Nullable String arg, @Nullable String arg2, boolean error) {
        flash = new Flash(key, arg == null ? "" : arg, arg2 == null ? "" : arg2, error);
    }

    /** The pending message, removed by this call. */
    @Nullable
    public Flash takeFlash() {
        Flash f = flash;
        flash = null;
        return f;
    }
}
