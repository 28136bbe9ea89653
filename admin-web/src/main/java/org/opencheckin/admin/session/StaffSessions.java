package org.opencheckin.admin.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencheckin.admin.backend.StaffApi.LoginResult;

/**
 * Server-side sessions: the browser holds only a random id in an HttpOnly, SameSite=Strict cookie; the backend
 * JWT stays here. A session ends on logout, after {@code admin.session.idle-timeout} without a request, or when
 * its JWT expires. In memory: a restart signs everyone out, which a front-desk UI can live with.
 */
@Singleton
public class StaffSessions {
    public static final String COOKIE = "OPENCHECKIN_ADMIN";

    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration idleTimeout;
    private final Clock clock;

    public StaffSessions(@Value("${admin.session.idle-timeout:30m}") Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
        this.clock = Clock.systemUTC();
    }

    public StaffSession open(LoginResult login) {
        Instant now = clock.instant();
        StaffSession s = new StaffSession(randomToken(), login.accessToken(), login.username(), login.role(),
                randomToken(), now.plusSeconds(login.expiresIn()), now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session named by the request's cookie, its idle clock restarted; null when none. */
    @Nullable
    public StaffSession find(HttpRequest<?> request) {
        String id = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null);
        if (id == null) {
            return null;
        }
        StaffSession s = sessions.get(id);
        Instant now = clock.instant();
        if (s == null || expired(s, now)) {
            if (s != null) {
                sessions.remove(id);
            }
            return null;
        }
        s.touch(now);
        return s;
    }

    public void close(StaffSession session) {
        sessions.remove(session.id());
    }

    /** True when {@code submitted} is this session's CSRF token (constant-time comparison). */
    public static boolean csrfMatches(StaffSession session, @Nullable String submitted) {
        return submitted != null && MessageDigest.isEqual(session.getCsrf().getBytes(), submitted.getBytes());
    }

    public Cookie cookie(StaffSession session) {
        return Cookie.of(COOKIE, session.id()).httpOnly(true).sameSite(SameSite.Strict).path("/");
    }

    public Cookie clearedCookie() {
        return Cookie.of(COOKIE, "").httpOnly(true).sameSite(SameSite.Strict).path("/").maxAge(0);
    }

    @Scheduled(fixedDelay = "1m")
    void evictExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }

    private boolean expired(StaffSession s, Instant now) {
        return now.isAfter(s.lastSeen().plus(idleTimeout)) || !now.isBefore(s.jwtExpiresAt());
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
