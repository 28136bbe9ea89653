package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.CheckinSession;
import org.opencheckin.backend.model.CheckinState;
import org.opencheckin.backend.model.FaceDecision;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.staff.StaffDtos.CheckinStatistics;
import org.opencheckin.backend.staff.StaffDtos.DayStatistics;

/**
 * Check-in statistics of a hotel over whole local days (at most 31): kiosk sessions by state,
 * completion rate (completed / started), time from start to completion (median, p95), face
 * decisions, check-ins done at the desk, and the arrivals of those days by reservation status;
 * sessions, kiosk and desk check-ins and escalations also day by day.
 */
@Singleton
public class StatisticsService {
    static final int MAX_DAYS = 31;

    private final StaffScope scope;
    private final StaffSessionQueries sessions;
    private final StaffQueries reservations;

    public StatisticsService(StaffScope scope, StaffSessionQueries sessions, StaffQueries reservations) {
        this.scope = scope;
        this.sessions = sessions;
        this.reservations = reservations;
    }

    @Transactional(readOnly = true)
    public CheckinStatistics statistics(StaffPrincipal staff, @Nullable String hotelCode, @Nullable LocalDate from,
                                        @Nullable LocalDate to) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        ZoneId zone = ZoneId.of(hotel.getTimeZone());
        LocalDate first = from != null ? from : LocalDate.now(zone);
        LocalDate last = to != null ? to : first;
        if (last.isBefore(first)) {
            throw ApiProblem.badRequest("validation-failed", "to", "must not be before from");
        }
        if (last.toEpochDay() - first.toEpochDay() >= MAX_DAYS) {
            throw ApiProblem.badRequest("validation-failed", "to", "at most " + MAX_DAYS + " days per request");
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<CheckinSession> started = sessions.startedBetween(hotel.getId(), start, end);
        List<Reservation> checkedIn = reservations.checkedInBetween(hotel.getId(), start, end);
        Map<CheckinState, Long> byState = new EnumMap<>(CheckinState.class);
        Map<FaceDecision, Long> decisions = new EnumMap<>(FaceDecision.class);
        List<Long> completionSeconds = new ArrayList<>();
        long escalated = 0;
        for (CheckinSession s : started) {
            byState.merge(s.getState(), 1L, Long::sum);
            if (s.getIdentityDecision() != null) {
                decisions.merge(s.getIdentityDecision(), 1L, Long::sum);
            }
            if (s.getEscalatedAt() != null) {
                escalated++;
            }
            if (s.getCompletedAt() != null) {
                completionSeconds.add(Duration.between(s.getStartedAt(), s.getCompletedAt()).toSeconds());
            }
        }
        Collections.sort(completionSeconds);
        long completed = byState.getOrDefault(CheckinState.COMPLETED, 0L);
        long desk = Math.max(0, checkedIn.size() - completed);
        Map<ReservationStatus, Long> arrivals = new EnumMap<>(ReservationStatus.class);
        for (Reservation r : reservations.arrivingBetween(hotel.getId(), first, last)) {
            arrivals.merge(r.getStatus(), 1L, Long::sum);
        }
        return new CheckinStatistics(hotel.getCode(), first, last, started.size(), byState, escalated,
                started.isEmpty() ? 0.0 : (double) completed / started.size(),
                percentile(completionSeconds, 50), percentile(completionSeconds, 95), decisions, desk, arrivals,
                days(first, last, zone, started, checkedIn));
    }

    /** The range day by day, each session and check-in counted on the hotel's local day it happened. */
    static List<DayStatistics> days(LocalDate first, LocalDate last, ZoneId zone, List<CheckinSession> started,
                                    List<Reservation> checkedIn) {
        int n = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        long[] sessionsStarted = new long[n];
        long[] kiosk = new long[n];
        long[] escalated = new long[n];
        long[] checkins = new long[n];
        for (CheckinSession s : started) {
            int day = dayIndex(first, s.getStartedAt(), zone);
            sessionsStarted[day]++;
            if (s.getState() == CheckinState.COMPLETED) {
                kiosk[day]++;
            }
            if (s.getEscalatedAt() != null) {
                escalated[day]++;
            }
        }
        for (Reservation r : checkedIn) {
            checkins[dayIndex(first, r.getCheckedInAt(), zone)]++;
        }
        List<DayStatistics> days = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            days.add(new DayStatistics(first.plusDays(i), sessionsStarted[i], kiosk[i], escalated[i],
                    Math.max(0, checkins[i] - kiosk[i])));
        }
        return days;
    }

    private static int dayIndex(LocalDate first, Instant at, ZoneId zone) {
        return (int) (LocalDate.ofInstant(at, zone).toEpochDay() - first.toEpochDay());
    }

    /** Nearest-rank percentile of a sorted list, null when empty. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
