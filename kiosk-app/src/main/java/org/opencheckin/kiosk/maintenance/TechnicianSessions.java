package org.opencheckin.kiosk.maintenance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The technician's login: PIN from {@code kiosk.maintenance.pin}, compared in constant time; a random token
 * in a cookie that lapses after {@code kiosk.maintenance.session-timeout} without use; after
 * {@link #MAX_FAILURES} wrong PINs the login is locked for {@link #LOCKOUT}.
 */
@Singleton
public class TechnicianSessions {

    private static final Logger LOG = LoggerFactory.getLogger(TechnicianSessions.class);
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final byte[] pin;
    private final Duration timeout;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private int failures;
    private Instant lockedUntil = Instant.EPOCH;

    public TechnicianSessions(@Value("${kiosk.maintenance.pin}") String pin,
                              @Value("${kiosk.maintenance.session-timeout:10m}") Duration timeout, Clock clock) {
        this.pin = pin.getBytes(StandardCharsets.UTF_8);
        this.timeout = timeout;
        this.clock = clock;
    }

    /** A new session token, or null when the PIN is wrong or the login is locked. */
    public synchronized String login(String candidate) {
        Instant now = clock.instant();
        if (now.isBefore(lockedUntil)) {
            return null;
        }
        byte[] given = candidate == null ? new byte[0] : candidate.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(pin, given)) {
            if (++failures >= MAX_FAILURES) {
                lockedUntil = now.plus(LOCKOUT);
                failures = 0;
                LOG.warn("maintenance: {} wrong PINs, login locked for {}", MAX_FAILURES, LOCKOUT);
            }
            return null;
        }
        failures = 0;
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        sessions.put(token, now);
        LOG.info("maintenance: technician logged in");
        return token;
    }

    /** True for a live token; each use extends it. */
    public boolean valid(String token) {
        if (token == null) {
            return false;
        }
        Instant now = clock.instant();
        Instant last = sessions.get(token);
        if (last == null || Duration.between(last, now).compareTo(timeout) > 0) {
            sessions.remove(token);
            return false;
        }
        sessions.put(token, now);
        return true;
    }

    public void logout(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }
}
