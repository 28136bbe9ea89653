package org.opencheckin.kiosk.maintenance;

import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.fakes.MutableClock;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TechnicianSessionsTest {

    MutableClock clock = new MutableClock();
    TechnicianSessions sessions = new TechnicianSessions("2468", Duration.ofMinutes(10), clock);

    @Test
    void rightPinGivesATokenThatLapsesWhenUnused() {
        assertThat(sessions.login("1111")).isNull();
        assertThat(sessions.login(null)).isNull();
        String token = sessions.login("2468");
        assertThat(token).hasSize(48);
        clock.advance(Duration.ofMinutes(9));
        assertThat(sessions.valid(token)).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(sessions.valid(token)).isTrue();
        clock.advance(Duration.ofMinutes(11));
        assertThat(sessions.valid(token)).isFalse();
        assertThat(sessions.valid("forged")).isFalse();
    }

    @Test
    void fiveWrongPinsLockTheLoginForFiveMinutes() {
        for (int i = 0; i < TechnicianSessions.MAX_FAILURES; i++) {
            assertThat(sessions.login("0000")).isNull();
        }
        assertThat(sessions.login("2468")).isNull();
        clock.advance(TechnicianSessions.LOCKOUT);
        assertThat(sessions.login("2468")).isNotNull();
    }

    @Test
    void logoutEndsTheSession() {
        String token = sessions.login("2468");
        sessions.logout(token);
        assertThat(sessions.valid(token)).isFalse();
    }
}
