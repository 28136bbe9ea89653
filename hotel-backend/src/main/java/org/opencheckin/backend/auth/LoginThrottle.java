package org.opencheckin.backend.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.opencheckin.backend.error.ApiProblem;

/**
 * Slows password guessing on staff sign-in and on the integration token endpoint. After
 * {@code free-attempts} consecutive failures for one account, every further attempt for it is
 * refused with 429, without checking the password, for a lock-out that starts at
 * {@code first-lockout} and doubles with each failure after it, up to {@code max-lockout}. A
 * success clears the account's count; an account left alone for twice {@code max-lockout} starts
 * over.
 *
 * <p>Counted per account (a lower-cased username or client id), not per address: staff sign in
 * through the front-desk web, so the backend sees one address for all of them. The counts live in
 * the memory of one instance, so behind N instances a guesser gets N times the free attempts; the
 * lock-outs still double.
 */
@Singleton
public class LoginThrottle {
    private final int freeAttempts;
    private final Duration firstLockout;
    private final Duration maxLockout;
    private final Ticker ticker;
    private final Cache<String, Failures> failures;

    /** Consecutive failures of one account and the ticker time until which it is locked out. */
    private record Failures(int count, long lockedUntilNanos) {
    }

    @Inject
    public LoginThrottle(@Value("${opencheckin.login-throttle.free-attempts:5}") int freeAttempts,
                         @Value("${opencheckin.login-throttle.first-lockout:30s}") Duration firstLockout,
                         @Value("${opencheckin.login-throttle.max-lockout:15m}") Duration maxLockout) {
        this(freeAttempts, firstLockout, maxLockout, Ticker.systemTicker());
    }

    LoginThrottle(int freeAttempts, Duration firstLockout, Duration maxLockout, Ticker ticker) {
        if (freeAttempts < 1 || firstLockout.isNegative() || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("opencheckin.login-throttle: free-attempts must be at least 1 and "
                    + "max-lockout at least first-lockout");
        }
        this.freeAttempts = freeAttempts;
        this.firstLockout = firstLockout;
        this.maxLockout = maxLockout;
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(maxLockout.multipliedBy(2))
                .maximumSize(100_000)
                .ticker(ticker)
                .build();
    }

    /**
     * Refuses the attempt while the account is locked out.
     *
     * @throws ApiProblem 429 {@code too-many-attempts}, with the seconds to wait
     */
    public void checkAllowed(String account) {
        Failures f = failures.getIfPresent(key(account));
        long wait = f == null ? 0 : f.lockedUntilNanos() - ticker.read();
        if (wait > 0) {
            throw new TooManyAttempts((wait + 999_999_999L) / 1_000_000_000L); // rounded up: never too early
        }
    }

    /** A wrong password or secret: counts it, and from the free attempts on locks the account out. */
    public void failed(String account) {
        failures.asMap().compute(key(account), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            long lockedUntil = 0;
            if (count >= freeAttempts) {
                int doublings = Math.min(count - freeAttempts, 30);
                Duration lockout = firstLockout.multipliedBy(1L << doublings);
                lockedUntil = ticker.read() + (lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout).toNanos();
            }
            return new Failures(count, lockedUntil);
        });
    }

    /** A correct password or secret: the account's failures are forgotten. */
    public void succeeded(String account) {
        failures.invalidate(key(account));
    }

    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }

    /** 429 with a {@code Retry-After}: the account is locked out for this many more seconds. */
    public static final class TooManyAttempts extends ApiProblem {
        private final long retryAfterSeconds;

        TooManyAttempts(long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                    "Too many failed attempts for this account; try again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        @Override
        public Map<String, String> headers() {
            return Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
    }
}
