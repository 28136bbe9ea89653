package org.opencheckin.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The lock-out arithmetic, on a clock the test moves. */
class LoginThrottleTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker ticker = nanos::get;
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15), ticker);

    @Test
    void fiveFailuresLockTheAccountForThirtySecondsThenEachFurtherFailureDoublesIt() {
        for (int i = 0; i < 4; i++) {
            throttle.checkAllowed("Front.Desk");
            throttle.failed("Front.Desk");
        }
        throttle.checkAllowed("front.desk");
        throttle.failed("front.desk"); // the fifth, whatever the case of the name
        assertThat(retryAfter("FRONT.DESK")).isEqualTo(30);
        assertThatCode(() -> throttle.checkAllowed("other-clerk")).doesNotThrowAnyException();

        advance(Duration.ofMillis(100));
        assertThat(retryAfter("front.desk")).as("rounded up").isEqualTo(30);
        advance(Duration.ofMillis(28_900));
        assertThat(retryAfter("front.desk")).isEqualTo(1);
        advance(Duration.ofSeconds(1));
        throttle.checkAllowed("front.desk");
        throttle.failed("front.desk");
        assertThat(retryAfter("front.desk")).isEqualTo(60);
        advance(Duration.ofSeconds(60));
        throttle.failed("front.desk");
        assertThat(retryAfter("front.desk")).isEqualTo(120);
    }

    @Test
    void theLockOutStopsGrowingAtFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin");
        }
        assertThat(retryAfter("admin")).isEqualTo(15 * 60);
    }

    @Test
    void aSuccessForgetsTheFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin");
        }
        throttle.succeeded("admin");
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin");
        }
        assertThatCode(() -> throttle.checkAllowed("admin")).doesNotThrowAnyException();
    }

    @Test
    void anAccountLeftAloneLongEnoughStartsOver() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin");
        }
        advance(Duration.ofMinutes(31));
        throttle.failed("admin");
        assertThatCode(() -> throttle.checkAllowed("admin")).doesNotThrowAnyException();
    }

    @Test
    void nonsensicalSettingsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new LoginThrottle(0, Duration.ofSeconds(30), Duration.ofMinutes(15), ticker))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("free-attempts");
        assertThatThrownBy(() -> new LoginThrottle(5, Duration.ofMinutes(30), Duration.ofMinutes(15), ticker))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-lockout");
    }

    private long retryAfter(String account) {
        try {
            throttle.checkAllowed(account);
        } catch (LoginThrottle.TooManyAttempts e) {
            assertThat(e.headers()).containsEntry("Retry-After", Long.toString(e.retryAfterSeconds()));
            return e.retryAfterSeconds();
        }
        throw new AssertionError(account + " is not locked out");
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }
}
