package org.opencheckin.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencheckin.backend.model.CheckinSession;
import org.opencheckin.backend.model.CheckinState;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.staff.StaffDtos.DayStatistics;

/** Sessions and check-ins fall on the hotel's local day, not the UTC one. */
class StatisticsDaysTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate FIRST = LocalDate.of(2026, 11, 27);
    static final LocalDate LAST = LocalDate.of(2026, 11, 28);

    @Test
    void justAfterMidnightInShanghaiIsTheNextDayThoughUtcStillSaysTheDayBefore() {
        List<CheckinSession> sessions = List.of(
                session("2026-11-27T15:59:00Z", CheckinState.COMPLETED, false), // 23:59 on the 27th
                session("2026-11-27T16:01:00Z", CheckinState.COMPLETED, false), // 00:01 on the 28th
                session("2026-11-28T02:00:00Z", CheckinState.ESCALATED, true));
        List<Reservation> checkedIn = List.of(
                checkedIn("2026-11-27T16:00:00Z"), checkedIn("2026-11-27T16:05:00Z"), checkedIn("2026-11-28T09:00:00Z"),
                checkedIn("2026-11-27T03:00:00Z"));

        List<DayStatistics> days = StatisticsService.days(FIRST, LAST, SHANGHAI, sessions, checkedIn);

        assertThat(days).containsExactly(
                new DayStatistics(FIRST, 1, 1, 0, 0),
                new DayStatistics(LAST, 2, 1, 1, 2));
    }

    @Test
    void aDayWithoutSessionsOrCheckInsIsListedWithZeros() {
        assertThat(StatisticsService.days(FIRST, LAST, SHANGHAI, List.of(), List.of()))
                .containsExactly(new DayStatistics(FIRST, 0, 0, 0, 0), new DayStatistics(LAST, 0, 0, 0, 0));
    }

    private static CheckinSession session(String startedAt, CheckinState state, boolean escalated) {
        CheckinSession s = new CheckinSession();
        s.setStartedAt(Instant.parse(startedAt));
        s.setState(state);
        if (escalated) {
            s.setEscalatedAt(Instant.parse(startedAt).plusSeconds(60));
        }
        return s;
    }

    private static Reservation checkedIn(String at) {
        Reservation r = new Reservation();
        r.setCheckedInAt(Instant.parse(at));
        return r;
    }
}
